import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  addNode,
  createIdGenerator,
  deleteElements,
  findFreeSpot,
  moveNodes,
  renamePlan,
  setEdgeKind,
  toggleDottedLine,
  updateNode,
} from '@shared/edit';
import { NODE_HEIGHT, NODE_WIDTH } from '@shared/layout/tree-layout';
import { planArbitrary } from '../arbitraries';
import { edge, node, plan, sequentialIds, smallOrg } from './fixtures';

describe('addNode', () => {
  it('gives each kind defaults: PM and PO titles, internal scope for stakeholders', () => {
    const ids = sequentialIds();
    let p = plan([]);
    for (const spec of [
      { kind: 'pm' as const },
      { kind: 'po' as const },
      { kind: 'person' as const },
      { kind: 'team' as const },
      { kind: 'stakeholder' as const },
      { kind: 'stakeholder' as const, scope: 'external' as const },
    ]) {
      p = addNode(p, { ...spec, position: { x: 1, y: 2 } }, ids).plan;
    }
    expect(p.nodes).toEqual([
      { id: 'pm#1', kind: 'pm', name: 'New PM', title: 'Product Manager', position: { x: 1, y: 2 } },
      { id: 'po#2', kind: 'po', name: 'New PO', title: 'Product Owner', position: { x: 1, y: 2 } },
      { id: 'person#3', kind: 'person', name: 'New person', position: { x: 1, y: 2 } },
      { id: 'team#4', kind: 'team', name: 'New team', position: { x: 1, y: 2 } },
      {
        id: 'stakeholder#5',
        kind: 'stakeholder',
        name: 'New stakeholder',
        scope: 'internal',
        position: { x: 1, y: 2 },
      },
      {
        id: 'stakeholder#6',
        kind: 'stakeholder',
        name: 'New stakeholder 2',
        scope: 'external',
        position: { x: 1, y: 2 },
      },
    ]);
  });
});

describe('new node names', () => {
  it('numbers new cards of a kind ("New PO", "New PO 2"...) so a problem names one of them, and reuses a freed name', () => {
    const ids = sequentialIds();
    let p = plan([]);
    for (let i = 0; i < 3; i++) p = addNode(p, { kind: 'po' }, ids).plan;
    expect(p.nodes.map((n) => n.name)).toEqual(['New PO', 'New PO 2', 'New PO 3']);
    p = { ...p, nodes: p.nodes.filter((n) => n.name !== 'New PO 2') };
    expect(addNode(p, { kind: 'po' }, ids).plan.nodes.map((n) => n.name)).toEqual(['New PO', 'New PO 3', 'New PO 2']);
    expect(addNode(p, { kind: 'po', name: 'Ada' }, ids).plan.nodes.at(-1)?.name).toBe('Ada');
  });
});

describe('createIdGenerator', () => {
  it('skips ids the plan already uses, for nodes and edges alike', () => {
    const ids = createIdGenerator(
      plan([node('pm-1', 'pm'), node('pm-3', 'pm')], [edge('e-1', 'reports-to', 'pm-1', 'pm-3')]),
    );
    expect([ids('pm'), ids('pm'), ids('pm'), ids('e')]).toEqual(['pm-2', 'pm-4', 'pm-5', 'e-2']);
  });
});

describe('deleteElements', () => {
  it('removes nodes with their edges, and edges alone', () => {
    const org = smallOrg();
    const p = deleteElements(org, ['pm'], ['m1']);
    expect(p.nodes.map((n) => n.id)).toEqual(['cpo', 'po', 'team', 'sales', 'acme']);
    expect(p.edges.map((e) => e.id)).toEqual(['g1']);
  });

  it('returns the same plan when nothing matches', () => {
    const org = smallOrg();
    expect(deleteElements(org, ['nope'], ['nope'])).toBe(org);
  });

  it('never leaves an edge to a missing node', () => {
    fc.assert(
      fc.property(planArbitrary(), fc.array(fc.nat()), (p, picks) => {
        const ids = picks.map((i) => p.nodes[i % Math.max(1, p.nodes.length)]?.id ?? '');
        const result = deleteElements(p, ids);
        const left = new Set(result.nodes.map((n) => n.id));
        expect(result.edges.every((e) => left.has(e.source) && left.has(e.target))).toBe(true);
      }),
    );
  });
});

describe('updateNode', () => {
  it('sets and removes optional fields, keeping the key order of the spec', () => {
    const org = smallOrg();
    const first = updateNode(org, 'po', { title: 'Product Owner, Cart', level: 5, vacant: true, notes: 'hi' });
    expect(first.ok).toBe(true);
    if (!first.ok) return;
    expect(Object.keys(first.plan.nodes[2]!)).toEqual([
      'id',
      'kind',
      'name',
      'title',
      'level',
      'position',
      'vacant',
      'notes',
    ]);
    const second = updateNode(first.plan, 'po', { title: '  ', level: null, vacant: false, notes: null });
    expect(second.ok && second.plan.nodes[2]).toEqual(org.nodes[2]);
  });

  it('returns the same plan when nothing changes', () => {
    const org = smallOrg();
    const result = updateNode(org, 'po', { name: 'Lena' });
    expect(result.ok && result.plan).toBe(org);
  });

  it('refuses what the kind cannot have', () => {
    const org = smallOrg();
    expect(updateNode(org, 'team', { vacant: true })).toMatchObject({ ok: false });
    expect(updateNode(org, 'po', { scope: 'external' })).toMatchObject({ ok: false });
    expect(updateNode(org, 'team', { kind: 'po' })).toMatchObject({ ok: false });
    expect(updateNode(org, 'po', { level: 2.5 })).toMatchObject({ ok: false });
    expect(updateNode(org, 'ghost', { name: 'x' })).toMatchObject({ ok: false });
  });

  it('lets a person change role', () => {
    const result = updateNode(smallOrg(), 'cpo', { kind: 'pm' });
    expect(result.ok && result.plan.nodes[0]?.kind).toBe('pm');
  });
});

describe('renamePlan and moveNodes', () => {
  it('trims the plan name and drops an empty one', () => {
    const org = smallOrg();
    expect(renamePlan(org, '  Checkout  ').name).toBe('Checkout');
    expect('name' in renamePlan(org, '   ')).toBe(false);
    expect(renamePlan(org, 'Test')).toBe(org);
  });

  it('moves several nodes at once and keeps untouched nodes as they were', () => {
    const org = smallOrg();
    const moved = moveNodes(
      org,
      new Map([
        ['pm', { x: 10, y: 20 }],
        ['team', { x: 5, y: 5 }],
      ]),
    );
    expect(moved.nodes[1]?.position).toEqual({ x: 10, y: 20 });
    expect(moved.nodes[3]?.position).toEqual({ x: 5, y: 5 });
    expect(moved.nodes[0]).toBe(org.nodes[0]);
    expect(moveNodes(org, new Map([['pm', { x: 0, y: 0 }]]))).toBe(org);
  });
});

describe('setEdgeKind and toggleDottedLine', () => {
  it('makes a solid line dotted and back', () => {
    const org = smallOrg();
    const dotted = toggleDottedLine(org, 'r2');
    expect(dotted.ok && dotted.plan.edges[1]?.kind).toBe('dotted-line');
    if (!dotted.ok) return;
    const solid = toggleDottedLine(dotted.plan, 'r2');
    expect(solid.ok && solid.plan.edges[1]?.kind).toBe('reports-to');
  });

  it('making a dotted line solid demotes the previous manager line', () => {
    const org = plan(smallOrg().nodes.slice(), [...smallOrg().edges, edge('d', 'dotted-line', 'po', 'cpo')]);
    const result = setEdgeKind(org, 'd', 'reports-to');
    expect(result).toMatchObject({ ok: true, message: expect.stringContaining('is now dotted') as string });
    if (!result.ok) return;
    expect(result.plan.edges.find((e) => e.id === 'r2')?.kind).toBe('dotted-line');
    expect(result.plan.edges.find((e) => e.id === 'd')?.kind).toBe('reports-to');
  });

  it('refuses kinds the endpoints cannot have, and cycles', () => {
    const org = smallOrg();
    expect(setEdgeKind(org, 'm1', 'reports-to')).toMatchObject({ ok: false });
    expect(toggleDottedLine(org, 'm1')).toMatchObject({ ok: false });
    const withDotted = plan(org.nodes.slice(), [...org.edges, edge('d', 'dotted-line', 'cpo', 'po')]);
    expect(setEdgeKind(withDotted, 'd', 'reports-to')).toMatchObject({
      ok: false,
      reason: expect.stringContaining('cycle') as string,
    });
  });
});

describe('findFreeSpot', () => {
  it('keeps a free spot and moves off an occupied one', () => {
    const org = plan([node('a', 'pm', { position: { x: 0, y: 0 } })]);
    expect(findFreeSpot(org, { x: 1000, y: 1000 })).toEqual({ x: 1000, y: 1000 });
    const spot = findFreeSpot(org, { x: 10, y: 10 });
    expect(Math.abs(spot.x) >= NODE_WIDTH || Math.abs(spot.y) >= NODE_HEIGHT).toBe(true);
  });
});
