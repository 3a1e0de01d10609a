/**
 * stale-waiver: a waiver whose node is gone, or that accepts no current
 * violation (the problem was fixed, or its rule is switched off). It runs
 * after every waivable rule, whose violations have marked the waivers they
 * used. Each violation names its waiver as data (`waiver`), for the fix.
 */
import { removeWaiver } from '../fixes/fix-kit';
import { defineRule } from './support/rule-types';
import { nodeLabel } from './support/labels';
import { staleness } from './support/staleness';

export const staleWaiver = defineRule({
  meta: {
    id: 'stale-waiver',
    defaultSeverity: 'info',
    origin: 'structure',
    summary: 'Every waiver names an existing node and still accepts a problem.',
    fixHint: 'Remove the waiver: the node or the problem it accepted is gone.',
    waivable: false,
  },
  reads: { scope: 'settings' },
  check: ({ plan, index, waivers: book, catalog }, emit) => {
    const hasNode = (id: string): boolean => index.hasNode(id);
    for (const waiver of plan.waivers ?? []) {
      const why = staleness(waiver, hasNode, book, catalog);
      if (why === undefined) continue;
      const rule = waiver.ruleId;
      const about = { ruleId: rule, nodeId: waiver.nodeId };
      if (why === 'missing-node') {
        emit([], [], `Waiver for ${rule} names node "${waiver.nodeId}", which no longer exists`, about);
        continue;
      }
      const label = nodeLabel(index.node(index.indexOf(waiver.nodeId)));
      emit(
        [waiver.nodeId],
        [],
        why === 'unwaivable'
          ? `Waiver for ${rule} on ${label} has no effect: this rule cannot be waived`
          : `Waiver for ${rule} on ${label} no longer matches any problem`,
        about,
      );
    }
  },
  quickFixes: [
    (plan, v) => {
      const waiver = v.waiver;
      if (waiver === undefined) return undefined;
      return {
        id: `${v.ruleId}:remove`,
        label: 'Remove waiver',
        apply: (p) => removeWaiver(p, waiver.ruleId, waiver.nodeId),
      };
    },
  ],
});
