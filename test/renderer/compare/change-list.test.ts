/** The changes panel's content: rows grouped by kind with counts and targets, the filter, and the rule delta in words. */
import { describe, expect, it } from 'vitest';
import { articleExamplePlan } from '@shared/example/article-example';
import type { Plan } from '@shared/model/types';
import { activeGhostOf, changeCounts, changeGroups, shownGroups } from '../../../src/renderer/src/compare/change-list';
import { compareView } from '../../../src/renderer/src/compare/compare-diff';
import { differingRules, ruleDeltaHeadline, waiverLine } from '../../../src/renderer/src/compare/rule-delta';
import { reorganised } from '../../support/reorganisation';

const asIs = articleExamplePlan();
const view = compareView(asIs, reorganised);
const groups = changeGroups(view);

const texts = (kind: string): string[] =>
  groups.find((g) => g.kind === kind)!.rows.map((r) => (r.detail === null ? r.text : `${r.text} | ${r.detail}`));

describe('the changes list', () => {
  it('groups the changes in a fixed order of kinds, naming each in words', () => {
    expect(groups.map((g) => g.kind)).toEqual(['added', 'removed', 'renamed', 'changed', 'moved', 'lines']);
    expect(texts('added')).toEqual(['PO Noor Haddad']);
    expect(texts('removed')).toEqual(['PO Tomás Silva']);
    expect(texts('renamed')).toEqual(['Priya Raman → Priya Raman-Kaur | PM']);
    expect(texts('changed')).toEqual(['PO Aisha Khan | title: Product Owner, Card Payments → Senior PO; level: 5 → 6']);
    expect(texts('moved')).toEqual(['Jonas Berg | Priya Raman-Kaur → Daniel Okafor']);
    expect(texts('lines')).toEqual([
      '+ Noor Haddad is a member of Refunds team | line added',
      '+ Sofia Rossi has a dotted line to Daniel Okafor | line added',
      '− Tomás Silva is a member of Delivery team | line removed',
      '− Tomás Silva engages Customer Support | line removed',
      '− Lena Schmidt engages Northwind Retail (key customer) | line removed',
    ]);
  });

  it('points each row at a card of the current plan, or at the ghost of a removed node', () => {
    const rows = groups.flatMap((g) => g.rows);
    expect(new Set(rows.map((r) => r.key)).size).toBe(rows.length);
    const removed = groups.find((g) => g.kind === 'removed')!.rows[0]!;
    expect(removed.target).toEqual({ id: 'po-delivery', ghost: true });
    expect(activeGhostOf(removed.key)).toBe('po-delivery');
    expect(groups.find((g) => g.kind === 'moved')!.rows[0]!.target).toEqual({ id: 'po-wallets', ghost: false });
    const lineTargets = groups.find((g) => g.kind === 'lines')!.rows.map((r) => r.target);
    expect(lineTargets[2]).toEqual({ id: 'po-delivery', ghost: true });
    expect(lineTargets[4]).toEqual({ id: 'po-cart', ghost: false });
    expect(activeGhostOf('moved:po-wallets')).toBeNull();
    expect(activeGhostOf(null)).toBeNull();
  });

  it('counts the changes by kind and filters to one kind, leaving empty groups out', () => {
    expect(changeCounts(groups)).toEqual({ added: 1, removed: 1, renamed: 1, changed: 1, moved: 1, lines: 5 });
    expect(shownGroups(groups, 'moved').map((g) => g.kind)).toEqual(['moved']);
    expect(shownGroups(groups, null)).toHaveLength(6);
    const none = changeGroups(compareView(asIs, asIs));
    expect(shownGroups(none, null)).toEqual([]);
  });
});

describe('the rule delta in words', () => {
  it('says how many problems are solved and names the new ones', () => {
    expect(ruleDeltaHeadline(view.diff.problems)).toBe(
      '2 problems solved, 2 new: Priya Raman-Kaur (PM) at level 6 is not senior to Aisha Khan (PO) at level 6, who ' +
        'reports to them; Team "Delivery team": no Product Owner owns this team\'s backlog',
    );
    expect(ruleDeltaHeadline(compareView(asIs, asIs).diff.problems)).toMatch(
      /^No problems solved or new \(\d+ problems in both\)$/,
    );
  });

  it('keeps waived problems apart', () => {
    const waived: Plan = {
      ...asIs,
      waivers: [{ ruleId: 'team-has-one-po', nodeId: 'team-refunds', reason: 'Hiring' }],
    };
    const delta = compareView(asIs, waived).diff.problems;
    expect(ruleDeltaHeadline(delta)).toMatch(/^No problems solved or new/);
    expect(waiverLine(delta)).toBe('Waived apart: 0 before, 1 now (1 newly waived).');
    expect(waiverLine(view.diff.problems)).toBeNull();
  });

  it('names the rules whose settings differ between the two plans', () => {
    const stricter: Plan = {
      ...asIs,
      rules: { 'span-of-control': { options: { max: 3 } }, 'pm-has-po': { enabled: true } },
    };
    expect(differingRules(asIs, stricter)).toEqual(['span-of-control']);
    expect(differingRules(asIs, reorganised)).toEqual([]);
  });
});
