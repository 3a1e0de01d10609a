import { describe, expect, it } from 'vitest';
import { articleExamplePlan } from '@shared/example/article-example';
import { parsePlan } from '@shared/format/parse';
import { serializePlan } from '@shared/format/serialize';
import type { NodeKind, PlanNode } from '@shared/model/types';
import { managersNotAbove, overlappingCards, positionsOf } from '../layout/geometry';

describe('articleExamplePlan', () => {
  const plan = articleExamplePlan();
  const byId = new Map(plan.nodes.map((node) => [node.id, node]));
  const ofKind = (kind: NodeKind): PlanNode[] => plan.nodes.filter((node) => node.kind === kind);
  const links = (kind: string) => plan.edges.filter((edge) => edge.kind === kind);
  const managerOf = new Map(links('reports-to').map((edge) => [edge.source, edge.target]));

  it('is small and named', () => {
    expect(plan.name).toBe('Article example: Checkout & Payments');
    expect(plan.nodes.length).toBeLessThanOrEqual(25);
  });

  it('has a CPO, two PMs under the CPO and two POs under each PM, PMs ranked above POs', () => {
    const cpo = plan.nodes.filter((node) => node.title === 'Chief Product Officer');
    expect(cpo).toMatchObject([{ kind: 'person' }]);
    const pms = ofKind('pm');
    expect(pms.map((pm) => managerOf.get(pm.id))).toEqual([cpo[0]!.id, cpo[0]!.id]);
    const pos = ofKind('po');
    expect(pos).toHaveLength(4);
    for (const pm of pms) expect(pos.filter((po) => managerOf.get(po.id) === pm.id)).toHaveLength(2);
    for (const po of pos) expect(byId.get(managerOf.get(po.id)!)!.level!).toBeGreaterThan(po.level!);
  });

  it('gives every person a name, title and level', () => {
    for (const person of [...ofKind('person'), ...ofKind('pm'), ...ofKind('po')]) {
      expect(person.name).not.toBe('');
      expect(person.title).toBeTruthy();
      expect(person.level).toBeTypeOf('number');
    }
  });

  it('has five Scrum teams, each PO in one of them, and exactly one team without a PO', () => {
    const teams = ofKind('team');
    expect(teams).toHaveLength(5);
    const poTeams = links('member-of').filter((edge) => byId.get(edge.source)?.kind === 'po');
    for (const po of ofKind('po')) expect(poTeams.filter((edge) => edge.source === po.id)).toHaveLength(1);
    expect(teams.filter((team) => !poTeams.some((edge) => edge.target === team.id)).map((t) => t.id)).toEqual([
      'team-refunds',
    ]);
  });

  it('has internal and external stakeholders, the external ones engaged by PMs, and exactly one PO engaging an external one', () => {
    const engages = links('engages');
    const external = ofKind('stakeholder').filter((sh) => sh.scope === 'external');
    expect(external.length).toBeGreaterThanOrEqual(2);
    expect(ofKind('stakeholder').filter((sh) => sh.scope === 'internal').length).toBeGreaterThanOrEqual(3);
    for (const sh of external) {
      expect(engages.some((edge) => edge.target === sh.id && byId.get(edge.source)?.kind === 'pm')).toBe(true);
    }
    const poToExternal = engages.filter(
      (edge) => byId.get(edge.source)?.kind === 'po' && byId.get(edge.target)?.scope === 'external',
    );
    expect(poToExternal.map((edge) => [edge.source, edge.target])).toEqual([['po-cart', 'sh-northwind']]);
  });

  it('is laid out: every node placed, managers above reports, no overlapping cards', () => {
    const positions = positionsOf(plan);
    expect(positions.size).toBe(plan.nodes.length);
    expect(managersNotAbove(plan, positions)).toEqual([]);
    expect(overlappingCards(positions)).toEqual([]);
  });

  it('saves and loads unchanged', () => {
    const text = serializePlan(plan);
    const loaded = parsePlan(text);
    expect(loaded.ok).toBe(true);
    if (loaded.ok) expect(serializePlan(loaded.plan)).toBe(text);
  });

  it('is a fresh plan each time', () => {
    expect(articleExamplePlan()).not.toBe(plan);
    expect(articleExamplePlan()).toEqual(plan);
  });
});
