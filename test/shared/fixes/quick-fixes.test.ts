/** Quick fixes: plan in, plan out; the violation is gone and nothing else changed. Offered only when unambiguous. */
import { describe, expect, it } from 'vitest';
import { quickFixesFor, violationKey } from '@shared/fixes';
import type { Plan } from '@shared/model/types';
import { checkPlan } from '@shared/rules/check';
import type { Violation } from '@shared/rules/violation';
import { edge, node, plan, smallOrg } from '../edit/fixtures';

function only(p: Plan, ruleId: string): Violation {
  const found = checkPlan(p).filter((v) => v.ruleId === ruleId);
  expect(found).toHaveLength(1);
  return found[0] as Violation;
}

/** Applies the one fix offered and checks the violation went and no other appeared or vanished. */
function applyOnly(p: Plan, v: Violation): { after: Plan; label: string } {
  const fixes = quickFixesFor(p, v);
  expect(fixes).toHaveLength(1);
  const fix = fixes[0]!;
  const after = fix.apply(p);
  // The violation is gone and no new one appeared (a fix may also settle a related one, e.g. pm-has-po).
  const before = new Set(checkPlan(p).map(violationKey));
  const remaining = checkPlan(after).map(violationKey);
  expect(remaining).not.toContain(violationKey(v));
  expect(remaining.filter((key) => !before.has(key))).toEqual([]);
  // Nodes untouched, identity kept (positions, names, everything).
  expect(after.nodes).toBe(p.nodes);
  return { after, label: fix.label };
}

describe('quick fixes', () => {
  it('hands a PO’s external stakeholder over to the PO’s PM, re-pointing the same line', () => {
    const p = smallOrg();
    const withBad: Plan = {
      ...p,
      edges: [...p.edges.filter((e) => e.id !== 'g2'), edge('g3', 'engages', 'po', 'acme')],
    };
    const v = only(withBad, 'po-internal-stakeholders-only');
    const { after, label } = applyOnly(withBad, v);
    expect(label).toBe('Hand over to Daniel');
    expect(after.edges.find((e) => e.id === 'g3')).toEqual(edge('g3', 'engages', 'pm', 'acme'));
    expect(after.edges.filter((e) => e.id !== 'g3')).toEqual(withBad.edges.filter((e) => e.id !== 'g3'));
  });

  it('drops the PO’s line instead when the PM already engages that stakeholder', () => {
    const p = smallOrg();
    const withBad: Plan = { ...p, edges: [...p.edges, edge('g3', 'engages', 'po', 'acme')] };
    const { after } = applyOnly(withBad, only(withBad, 'po-internal-stakeholders-only'));
    expect(after.edges).toEqual(p.edges);
  });

  it('offers no hand-over when the PO has no PM', () => {
    const p = plan(
      [node('po', 'po'), node('acme', 'stakeholder', { scope: 'external' })],
      [edge('g', 'engages', 'po', 'acme')],
    );
    expect(quickFixesFor(p, only(p, 'po-internal-stakeholders-only'))).toEqual([]);
  });

  it('makes a PO who reports to nobody report to the one PM', () => {
    const p = plan([node('pm', 'pm', { name: 'Dan' }), node('po', 'po')], []);
    const { after, label } = applyOnly(p, only(p, 'po-reports-to-pm'));
    expect(label).toBe('Report to Dan');
    expect(after.edges).toEqual([{ id: 'e-1', kind: 'reports-to', source: 'po', target: 'pm' }]);
  });

  it('offers no manager when there are two PMs to choose from', () => {
    const p = plan([node('pm', 'pm'), node('pm2', 'pm'), node('po', 'po')], []);
    expect(quickFixesFor(p, only(p, 'po-reports-to-pm'))).toEqual([]);
  });

  it('puts a PO without a team in the one team without a PO', () => {
    const p = plan(
      [node('po', 'po'), node('po2', 'po'), node('t1', 'team', { name: 'Cart' }), node('t2', 'team')],
      [edge('m', 'member-of', 'po2', 't2')],
    );
    const v = checkPlan(p).find((x) => x.ruleId === 'po-in-team' && x.nodeIds[0] === 'po') as Violation;
    const fixes = quickFixesFor(p, v);
    expect(fixes.map((f) => f.label)).toEqual(['Join Cart']);
    const after = fixes[0]!.apply(p);
    expect(after.edges.slice(1)).toEqual([{ id: 'e-1', kind: 'member-of', source: 'po', target: 't1' }]);
    expect(checkPlan(after).some((x) => violationKey(x) === violationKey(v))).toBe(false);
  });

  it('offers no team when two teams lack a PO', () => {
    const p = plan([node('po', 'po'), node('t1', 'team'), node('t2', 'team')], []);
    expect(quickFixesFor(p, only(p, 'po-in-team'))).toEqual([]);
  });

  it('makes the second of two solid lines dotted', () => {
    const p = plan(
      [node('a', 'person'), node('m1', 'person', { name: 'Ann' }), node('m2', 'person', { name: 'Bo' })],
      [edge('r1', 'reports-to', 'a', 'm1'), edge('r2', 'reports-to', 'a', 'm2')],
    );
    const { after, label } = applyOnly(p, only(p, 'single-manager'));
    expect(label).toBe('Make the line to Bo dotted');
    expect(after.edges).toEqual([edge('r1', 'reports-to', 'a', 'm1'), edge('r2', 'dotted-line', 'a', 'm2')]);
  });

  it('offers nothing for three managers (which two to demote is a choice)', () => {
    const p = plan(
      [node('a', 'person'), node('m1', 'person'), node('m2', 'person'), node('m3', 'person')],
      [edge('r1', 'reports-to', 'a', 'm1'), edge('r2', 'reports-to', 'a', 'm2'), edge('r3', 'reports-to', 'a', 'm3')],
    );
    expect(quickFixesFor(p, only(p, 'single-manager'))).toEqual([]);
  });

  it('lets the one PM engage an external stakeholder no PM engages', () => {
    const p = plan([node('pm', 'pm', { name: 'Dan' }), node('x', 'stakeholder', { scope: 'external' })], []);
    const v = only(p, 'external-stakeholder-has-pm');
    const fixes = quickFixesFor(p, v);
    expect(fixes.map((f) => f.label)).toEqual(['Let Dan engage them']);
    expect(fixes[0]!.apply(p).edges).toEqual([{ id: 'e-1', kind: 'engages', source: 'pm', target: 'x' }]);
  });

  it('removes a stale waiver', () => {
    const p: Plan = { ...smallOrg(), waivers: [{ ruleId: 'po-in-team', nodeId: 'po', reason: 'temp' }] };
    const { after, label } = applyOnly(p, only(p, 'stale-waiver'));
    expect(label).toBe('Remove waiver');
    expect(after).toEqual(smallOrg());
  });

  it('offers nothing for rules without an unambiguous fix', () => {
    const p = plan(
      [node('po', 'po', { level: 5 }), node('pm', 'pm', { level: 3 })],
      [edge('r', 'reports-to', 'po', 'pm')],
    );
    expect(quickFixesFor(p, only(p, 'pm-outranks-po'))).toEqual([]);
  });
});

describe('quick fixes for internal stakeholders and teams without developers', () => {
  it('lets the PO who reports to the stakeholder’s PM engage an internal stakeholder no PO engages', () => {
    const p = plan(
      [
        node('pm', 'pm'),
        node('po', 'po', { name: 'Sam' }),
        node('other', 'po'),
        node('s', 'stakeholder', { scope: 'internal' }),
      ],
      [edge('r', 'reports-to', 'po', 'pm'), edge('x', 'engages', 'pm', 's')],
    );
    const { after, label } = applyOnly(p, only(p, 'internal-stakeholder-has-po'));
    expect(label).toBe('Let Sam engage them');
    expect(after.edges.at(-1)).toEqual({ id: 'e-1', kind: 'engages', source: 'po', target: 's' });
  });

  it('offers no PO when two could engage the stakeholder', () => {
    const p = plan([node('a', 'po'), node('b', 'po'), node('s', 'stakeholder', { scope: 'internal' })], []);
    expect(quickFixesFor(p, only(p, 'internal-stakeholder-has-po'))).toEqual([]);
  });

  it('adds an open developer role to a team without developers, next to the team', () => {
    const p = plan(
      [node('t', 'team', { name: 'Cart', position: { x: 0, y: 0 } }), node('po', 'po')],
      [edge('m', 'member-of', 'po', 't')],
    );
    const v = only(p, 'team-has-developers');
    const fixes = quickFixesFor(p, v);
    expect(fixes.map((f) => f.label)).toEqual(['Add an open developer role']);
    const after = fixes[0]!.apply(p);
    const added = after.nodes.find((n) => n.id === 'person-1');
    expect(added).toMatchObject({ kind: 'person', name: 'Developer', vacant: true });
    expect(added?.position).toBeDefined();
    expect(added?.position).not.toEqual({ x: 0, y: 0 });
    expect(after.edges.at(-1)).toEqual({ id: 'e-1', kind: 'member-of', source: 'person-1', target: 't' });
    expect(checkPlan(after).filter((x) => x.ruleId === 'team-has-developers')).toEqual([]);
  });
});
