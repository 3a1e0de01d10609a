/**
 * The problems the app shows come from the incremental checker: after each
 * edit through the store (rename, connect, waive, undo) they equal a full
 * checkPlan of the store’s plan.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importCsv } from '@shared/csv/import-csv';
import { checkPlan } from '@shared/rules/check';
import { addWaiverAction } from '../../../src/renderer/src/actions/rule-edits';
import { connectNodesAction } from '../../../src/renderer/src/actions/connect-nodes';
import { updateNodeAction } from '../../../src/renderer/src/actions/update-node';
import { planSummary, planViolations } from '../../../src/renderer/src/problems/violations';
import { createEditorStore } from '../../../src/renderer/src/store/create-store';
import { DEFAULT_PREFERENCES } from '../../../src/shared/settings/preferences';

describe('live problems', () => {
  it('equal a full check after each edit of the 1,516-person org, undo included', () => {
    const imported = importCsv(readFileSync('test/fixtures/org-1516.csv', 'utf8'), { layout: false });
    if (!imported.ok) throw new Error('org-1516.csv does not import');
    const store = createEditorStore({ plan: imported.plan, settings: DEFAULT_PREFERENCES });
    const same = (): void => {
      const { plan } = store.getState();
      expect(planViolations(plan)).toEqual(checkPlan(plan));
      expect(planSummary(plan)).toBeDefined();
    };
    same();
    const [first, second, third] = store.getState().plan.nodes.filter((n) => n.kind === 'person');
    const { dispatch } = store.getState();
    dispatch(updateNodeAction, { id: first!.id, patch: { name: 'Renamed Person' } });
    same();
    dispatch(updateNodeAction, { id: second!.id, patch: { kind: 'po' } });
    same();
    dispatch(connectNodesAction, { from: second!.id, to: third!.id, side: 'exact' });
    same();
    dispatch(addWaiverAction, { ruleId: 'po-in-team', nodeId: second!.id, reason: 'Joins a team next month' });
    same();
    store.getState().undo();
    same();
    store.getState().undo();
    same();
  });
});
