/**
 * A quick fix never produces a plan the editor would refuse to draw: every
 * line a fix adds or changes passes the editor's own connection check.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { lineRefusal } from '@shared/edit';
import { quickFixesFor } from '@shared/fixes';
import type { Plan, PlanEdge } from '@shared/model/types';
import { checkPlan } from '@shared/rules/check';
import { planArbitrary } from '../arbitraries';

/** The lines of `after` that `before` does not have as they are (new, or changed in kind or ends). */
function newOrChanged(before: Plan, after: Plan): PlanEdge[] {
  const was = new Map(before.edges.map((e) => [e.id, e]));
  return after.edges.filter((e) => {
    const old = was.get(e.id);
    return old === undefined || old.kind !== e.kind || old.source !== e.source || old.target !== e.target;
  });
}

describe('quick fixes and the editor', () => {
  it('applies every offered fix to random plans and the editor accepts every line it drew', () => {
    let applied = 0;
    fc.assert(
      fc.property(planArbitrary(), (plan) => {
        const violations = checkPlan(plan);
        for (const violation of violations) {
          for (const fix of quickFixesFor(plan, violation, violations)) {
            const after = fix.apply(plan);
            applied++;
            for (const edge of newOrChanged(plan, after)) {
              expect(lineRefusal(after, edge, edge.id), `${fix.id} drew ${JSON.stringify(edge)}`).toBeNull();
            }
          }
        }
      }),
      { seed: 20261203, numRuns: 400 },
    );
    // The property is about fixes: make sure the random plans offered plenty of them.
    expect(applied).toBeGreaterThan(100);
  });
});
