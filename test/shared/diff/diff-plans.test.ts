/** diffPlans on the article example and a reorganisation of it: every kind of change and the problem delta. */
import { describe, expect, it } from 'vitest';
import { diffPlans } from '../../../src/shared/diff/diff-plans';
import { articleExamplePlan } from '../../../src/shared/example/article-example';
import type { Plan } from '../../../src/shared/model/types';
import { edit, reorganised as toBe } from '../../support/reorganisation';
import type { Violation } from '../../../src/shared/rules/violation';

const asIs = articleExamplePlan();

const keys = (violations: readonly Violation[]): string[] =>
  violations.map((v) => `${v.ruleId} ${v.nodeIds.join(',')}`).sort();

describe('diffPlans', () => {
  it('finds nothing between a plan and itself', () => {
    const diff = diffPlans(asIs, asIs);
    expect([diff.added, diff.removed, diff.changed, diff.moved, diff.lines.added, diff.lines.removed]).toEqual([
      [],
      [],
      [],
      [],
      [],
      [],
    ]);
    expect(diff.problems.introduced).toEqual([]);
    expect(diff.problems.resolved).toEqual([]);
    expect(diff.problems.unchanged.length).toBeGreaterThan(0);
    expect(diff.match).toEqual({ by: 'id', matched: asIs.nodes.length, onlyBefore: 0, onlyAfter: 0, ambiguous: 0 });
  });

  it('lists people added, removed, renamed and changed, by kind and with the fields that changed', () => {
    const diff = diffPlans(asIs, toBe);
    expect(diff.added).toEqual([{ id: 'po-refunds', kind: 'po', name: 'Noor Haddad' }]);
    expect(diff.removed).toEqual([{ id: 'po-delivery', kind: 'po', name: 'Tomás Silva' }]);
    expect(diff.changed).toEqual([
      { id: 'pm-payments', kind: 'pm', name: 'Priya Raman-Kaur', renamedFrom: 'Priya Raman', fields: [] },
      {
        id: 'po-cards',
        kind: 'po',
        name: 'Aisha Khan',
        fields: [
          { field: 'title', before: 'Product Owner, Card Payments', after: 'Senior PO' },
          { field: 'level', before: 5, after: 6 },
        ],
      },
    ]);
  });

  it('reports a new solid-line manager as a move, and side lines added and removed', () => {
    const diff = diffPlans(asIs, toBe);
    expect(diff.moved).toEqual([{ id: 'po-wallets', from: 'pm-payments', to: 'pm-checkout' }]);
    expect(diff.lines.added).toEqual([
      { kind: 'member-of', source: 'po-refunds', target: 'team-refunds' },
      { kind: 'dotted-line', source: 'scrum-master', target: 'pm-checkout' },
    ]);
    expect(diff.lines.removed).toEqual([
      { kind: 'member-of', source: 'po-delivery', target: 'team-delivery' },
      { kind: 'engages', source: 'po-delivery', target: 'sh-support' },
      { kind: 'engages', source: 'po-cart', target: 'sh-northwind' },
    ]);
  });

  it('says which problems the proposal solves and which it introduces', () => {
    const diff = diffPlans(asIs, toBe);
    expect(keys(diff.problems.resolved)).toEqual(
      expect.arrayContaining(['po-internal-stakeholders-only po-cart,sh-northwind', 'team-has-one-po team-refunds']),
    );
    expect(keys(diff.problems.introduced)).toContain('team-has-one-po team-delivery');
    expect(keys(diff.problems.resolved)).not.toContain('team-has-one-po team-delivery');
  });

  it('keeps a renamed person’s problem as unchanged, not solved and introduced again', () => {
    const renamed = edit(asIs, {
      nodes: (nodes) => nodes.map((node) => (node.id === 'po-cart' ? { ...node, name: 'Lena Schmidt-Berg' } : node)),
    });
    const diff = diffPlans(asIs, renamed);
    expect(diff.problems.introduced).toEqual([]);
    expect(diff.problems.resolved).toEqual([]);
    const kept = diff.problems.unchanged.find((v) => v.ruleId === 'po-internal-stakeholders-only');
    expect(kept?.message).toContain('Lena Schmidt-Berg');
  });

  it('counts a problem waived in the proposal apart from the solved ones', () => {
    const waived: Plan = {
      ...asIs,
      waivers: [{ ruleId: 'team-has-one-po', nodeId: 'team-refunds', reason: 'Refunds is staffed next quarter' }],
    };
    const diff = diffPlans(asIs, waived);
    expect(keys(diff.problems.newlyWaived)).toEqual(['team-has-one-po team-refunds']);
    expect(diff.problems.resolved).toEqual([]);
    expect(diff.problems.waived).toEqual({ before: 0, after: 1 });
  });

  it('gives headcount and open roles on both sides', () => {
    const diff = diffPlans(asIs, toBe);
    expect([diff.before.headcount, diff.after.headcount]).toEqual([8, 7]);
    expect([diff.before.openRoles, diff.after.openRoles]).toEqual([0, 1]);
  });

  it('matches two independent exports by name, and says how many matched', () => {
    const renumbered = (plan: Plan): Plan => {
      const id = (old: string): string => `x-${old}`;
      return {
        ...plan,
        nodes: plan.nodes.map((node) => ({ ...node, id: id(node.id) })),
        edges: plan.edges.map((edge) => ({
          ...edge,
          id: id(edge.id),
          source: id(edge.source),
          target: id(edge.target),
        })),
      };
    };
    const byId = diffPlans(asIs, renumbered(toBe));
    expect(byId.match.matched).toBe(0);
    const byName = diffPlans(asIs, renumbered(toBe), { matchBy: 'name' });
    // pm-payments was renamed, po-delivery left and po-refunds arrived: the other 17 match by name.
    expect(byName.match).toEqual({ by: 'name', matched: 17, onlyBefore: 2, onlyAfter: 2, ambiguous: 0 });
    expect(byName.moved.map((move) => move.id)).toContain('x-po-wallets');
  });

  it('matches two HR exports by a field the user picks (an e-mail), whatever their ids and names', () => {
    const withEmail = (plan: Plan, prefix: string): Plan => ({
      ...plan,
      nodes: plan.nodes.map((node, i) => ({
        ...node,
        id: `${prefix}${node.id}`,
        // Two people have no e-mail: they cannot be matched and say so in the counts.
        ...(i < 2 ? {} : { fields: { email: `${node.id}@Example.org`.toUpperCase() } }),
      })),
      edges: plan.edges.map((edge) => ({
        ...edge,
        id: `${prefix}${edge.id}`,
        source: `${prefix}${edge.source}`,
        target: `${prefix}${edge.target}`,
      })),
    });
    const before = withEmail(asIs, 'a-');
    const after = withEmail(toBe, 'b-');
    const lowerCased = {
      ...after,
      nodes: after.nodes.map((n) => (n.fields ? { ...n, fields: { email: n.fields.email?.toLowerCase() ?? '' } } : n)),
    };
    const diff = diffPlans(before, lowerCased, { matchBy: 'field:email' });
    expect(diff.match.by).toBe('field:email');
    expect(diff.match.matched).toBe(asIs.nodes.length - 3);
    expect(diff.moved.map((move) => move.id)).toContain('b-po-wallets');
    expect(diffPlans(before, lowerCased, { matchBy: 'field:phone' }).match.matched).toBe(0);
  });

  it('matches nothing on a name two people share, and counts them', () => {
    const twins = edit(asIs, {
      nodes: (nodes) => nodes.map((node) => (node.id === 'po-cards' ? { ...node, name: 'Lena Schmidt' } : node)),
    });
    const diff = diffPlans(twins, twins, { matchBy: 'name' });
    expect(diff.match.ambiguous).toBe(2);
    expect(diff.match.matched).toBe(asIs.nodes.length - 2);
  });
});
