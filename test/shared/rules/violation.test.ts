import { describe, expect, it } from 'vitest';
import { compareViolations, summarizeViolations, type Violation } from '@shared/rules/violation';

const v = (
  ruleId: string,
  severity: Violation['severity'],
  nodeIds: string[],
  edgeIds: string[] = [],
  message = 'm',
): Violation => ({
  ruleId,
  severity,
  message,
  nodeIds,
  edgeIds,
});

describe('compareViolations', () => {
  it('orders by severity, rule id, first node, first edge, message, then the remaining ids', () => {
    const sorted = [
      v('a', 'error', ['x']),
      v('b', 'error', ['a']),
      v('b', 'error', ['b'], ['2']),
      v('b', 'error', ['b'], ['3'], 'a'),
      v('b', 'error', ['b'], ['3'], 'b'),
      v('b', 'error', ['b', 'c'], ['3'], 'b'),
      v('a', 'warning', []),
      v('a', 'info', ['a']),
    ];
    expect([...sorted].reverse().sort(compareViolations)).toEqual(sorted);
  });

  it('compares code units, not locale order', () => {
    const upper = v('r', 'error', ['Z']);
    const lower = v('r', 'error', ['a']);
    const accented = v('r', 'error', ['é']);
    expect([accented, lower, upper].sort(compareViolations)).toEqual([upper, lower, accented]);
  });
});

describe('summarizeViolations', () => {
  it('counts by severity, waived ones only as waived', () => {
    const waived: Violation = { ...v('a', 'error', ['x']), waived: true, waiverReason: 'ok' };
    expect(
      summarizeViolations([
        v('a', 'error', []),
        v('a', 'warning', []),
        v('a', 'warning', []),
        v('a', 'info', []),
        waived,
      ]),
    ).toEqual({
      errors: 1,
      warnings: 2,
      infos: 1,
      waived: 1,
    });
  });
});
