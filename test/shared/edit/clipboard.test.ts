import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { copyFragment, createIdGenerator, duplicateNodes, pasteFragment } from '@shared/edit';
import { planArbitrary } from '../arbitraries';
import { sequentialIds, smallOrg } from './fixtures';

describe('copy and paste', () => {
  it('copies nodes with the edges among them only', () => {
    const fragment = copyFragment(smallOrg(), ['po', 'team', 'pm']);
    expect(fragment.nodes.map((n) => n.id)).toEqual(['pm', 'po', 'team']);
    expect(fragment.edges.map((e) => e.id)).toEqual(['r2', 'm1']);
  });

  it('pastes with new ids from the generator, edges rewired, positions shifted', () => {
    const org = smallOrg();
    const result = pasteFragment(org, copyFragment(org, ['pm', 'po']), sequentialIds(), { x: 40, y: 40 });
    expect(result.nodeIds).toEqual(['pm#1', 'po#2']);
    expect(result.edgeIds).toEqual(['e#3']);
    expect(result.plan.nodes.slice(-2)).toMatchObject([
      { id: 'pm#1', kind: 'pm', name: 'Daniel', position: { x: 40, y: 40 } },
      { id: 'po#2', kind: 'po', name: 'Lena', position: { x: 40, y: 240 } },
    ]);
    expect(result.plan.edges.at(-1)).toEqual({ id: 'e#3', kind: 'reports-to', source: 'po#2', target: 'pm#1' });
  });

  it('pasting nothing changes nothing', () => {
    const org = smallOrg();
    expect(pasteFragment(org, { nodes: [], edges: [] }, sequentialIds(), { x: 0, y: 0 }).plan).toBe(org);
  });

  it('never produces duplicate ids or dangling edges, on any plan', () => {
    fc.assert(
      fc.property(planArbitrary(), fc.array(fc.nat(), { maxLength: 8 }), (p, picks) => {
        const ids = picks.map((i) => p.nodes[i % Math.max(1, p.nodes.length)]?.id ?? '');
        const result = duplicateNodes(p, ids, createIdGenerator(p), { x: 40, y: 40 });
        const before = new Set([...p.nodes.map((n) => n.id), ...p.edges.map((e) => e.id)]);
        const fresh = [...result.nodeIds, ...result.edgeIds];
        expect(new Set(fresh).size).toBe(fresh.length);
        expect(fresh.filter((id) => before.has(id))).toEqual([]);
        const nodeIds = result.plan.nodes.map((n) => n.id);
        const known = new Set(nodeIds);
        expect(result.plan.edges.every((e) => known.has(e.source) && known.has(e.target))).toBe(true);
      }),
    );
  });
});
