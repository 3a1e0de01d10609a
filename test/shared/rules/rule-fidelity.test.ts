/** Wrong answers of issue 12, each pinned by the behaviour that was wrong. */
import { describe, expect, it } from 'vitest';
import { checkPlan } from '@shared/rules/check';
import { makePlan, pm, po, violationsOf } from './helpers';

describe('roles-held-by-different-people and its waivers', () => {
  // The PO node's id sorts before the PM node's: the violation used to start with the PO.
  const combined = makePlan([po('a-po', 'Sam'), pm('pm-2', 'Sam')]);
  const waived = (nodeId: string) => ({
    ...combined,
    waivers: [{ ruleId: 'roles-held-by-different-people', nodeId, reason: 'Combined until Q3 hiring' }],
  });

  it('names the PM side of the pair first, whatever the ids', () => {
    expect(violationsOf(combined, 'roles-held-by-different-people').map((v) => v.nodeIds)).toEqual([['pm-2', 'a-po']]);
  });

  it('is waived by a waiver on the PM node, which is then not stale', () => {
    const result = checkPlan(waived('pm-2'));
    expect(result.find((v) => v.ruleId === 'roles-held-by-different-people')?.waived).toBe(true);
    expect(result.filter((v) => v.ruleId === 'stale-waiver')).toEqual([]);
  });

  it('is waived by a waiver on the PO node too', () => {
    const result = checkPlan(waived('a-po'));
    expect(result.find((v) => v.ruleId === 'roles-held-by-different-people')?.waived).toBe(true);
    expect(result.filter((v) => v.ruleId === 'stale-waiver')).toEqual([]);
  });

  it('leaves neither of two waivers on the pair stale', () => {
    const plan = { ...combined, waivers: [...waived('a-po').waivers, ...waived('pm-2').waivers] };
    expect(checkPlan(plan).filter((v) => v.ruleId === 'stale-waiver')).toEqual([]);
  });
});
