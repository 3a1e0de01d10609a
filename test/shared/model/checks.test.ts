/**
 * checkKeysDeep walks unknown values with an explicit stack (issue 11, item 1). Values that never were JSON
 * text (built in memory, passed over IPC) reach it without the text pre-scan, so it keeps its own limit.
 */
import { describe, expect, it } from 'vitest';
import { loadPlanValue } from '@shared/format/load';
import { checkKeysDeep } from '@shared/model/checks';
import type { JsonValue } from '@shared/model/json';
import { MAX_NESTING_DEPTH } from '@shared/model/limits';
import { formatProblem, ProblemList } from '@shared/model/problems';

/** `levels` nested containers, built in a loop. */
function nested(levels: number, kind: 'array' | 'object'): JsonValue {
  let value: JsonValue = 0;
  for (let i = 0; i < levels; i++) value = kind === 'array' ? [value] : { a: value };
  return value;
}

function problems(value: JsonValue): string[] {
  const list = new ProblemList();
  checkKeysDeep(value, 'x', list);
  return list.items.map(formatProblem);
}

describe('checkKeysDeep', () => {
  it(`accepts ${MAX_NESTING_DEPTH} levels and refuses the next one with its path`, () => {
    expect(problems(nested(MAX_NESTING_DEPTH, 'array'))).toEqual([]);
    expect(problems(nested(MAX_NESTING_DEPTH + 1, 'object'))).toEqual([
      `x${'.a'.repeat(MAX_NESTING_DEPTH)}: nested deeper than ${MAX_NESTING_DEPTH} levels`,
    ]);
  });

  it('refuses values nested 100,000 levels deep without overflowing the stack', () => {
    // Before the fix it recursed once per level: ~2,150 nested arrays ended in a RangeError.
    for (const kind of ['array', 'object'] as const) {
      expect(problems(nested(100_000, kind))).toHaveLength(1);
      const result = loadPlanValue({
        format: 'org-planner',
        version: 1,
        nodes: [],
        edges: [],
        x: nested(100_000, kind),
      });
      expect(result.ok || result.errors.map(formatProblem)[0]).toMatch(/^x(\[0\]|\.a)+: nested deeper than 64 levels$/);
    }
  });

  it('reports forbidden keys in document order, at any depth below the limit', () => {
    // Parsed, not written as a literal: JSON.parse makes "__proto__" an own key, a literal would set the prototype.
    const value = JSON.parse('[{"b":{"__proto__":1}},{"constructor":2,"c":[{"prototype":3}]}]') as JsonValue;
    expect(problems(value)).toEqual([
      'x[0].b.__proto__: this key is not allowed',
      'x[1].constructor: this key is not allowed',
      'x[1].c[0].prototype: this key is not allowed',
    ]);
  });
});
