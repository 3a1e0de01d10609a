import { describe, expect, it } from 'vitest';
import { articleExamplePlan } from '@shared/example/article-example';
import { moveNodes, updateNode } from '@shared/edit';
import type { Plan } from '@shared/model/types';
import { createEdgeDeriver, createNodeDeriver } from '../../src/renderer/src/canvas/derive';
import { facingHandles, nodeSize } from '@shared/view/card-size';

const NONE = new Set<string>();

function edited(result: ReturnType<typeof updateNode>): Plan {
  if (!result.ok) throw new Error(result.reason);
  return result.plan;
}

describe('deriving React Flow elements from the plan', () => {
  it('makes one node per plan node, with fixed sizes and the plan record as data', () => {
    const plan = articleExamplePlan();
    const nodes = createNodeDeriver()(plan, NONE, null, NONE);
    expect(nodes).toHaveLength(plan.nodes.length);
    expect(nodes[0]).toMatchObject({ id: 'cpo', type: 'person', width: 220, height: 84, selected: false });
    expect(nodes[0]!.data.node).toBe(plan.nodes[0]);
    expect(nodes.find((n) => n.type === 'stakeholder')).toMatchObject({ height: nodeSize('stakeholder').height });
  });

  it('hands back the same objects for unchanged nodes and edges', () => {
    const plan = articleExamplePlan();
    const deriveNodes = createNodeDeriver();
    const deriveEdges = createEdgeDeriver();
    const firstNodes = deriveNodes(plan, NONE, null, NONE);
    const firstEdges = deriveEdges(plan, NONE, null, NONE, null);
    const moved = moveNodes(plan, new Map([['sh-sales', { x: 9999, y: 9999 }]]));
    const nodes = deriveNodes(moved, new Set(['cpo']), null, NONE);
    const edges = deriveEdges(moved, NONE, null, NONE, null);
    // By id: the moved card also moves in the reading order.
    const before = new Map(firstNodes.map((n) => [n.id, n]));
    const changed = nodes.filter((n) => n !== before.get(n.id)).map((n) => n.id);
    expect(changed.sort()).toEqual(['cpo', 'sh-sales']);
    const changedEdges = edges.filter((e, i) => e !== firstEdges[i]).map((e) => e.target);
    expect(changedEdges).toEqual(['sh-sales']);
  });

  it('keeps every edge object, and the edge array itself, when a person is renamed', () => {
    // Names live in the lines' <title>s (read from the store), so React Flow need not rebuild its edge look-ups.
    const plan = articleExamplePlan();
    const deriveEdges = createEdgeDeriver();
    const before = deriveEdges(plan, NONE, null, NONE, null);
    const renamed = edited(updateNode(plan, 'pm-checkout', { name: 'Someone Else' }));
    expect(deriveEdges(renamed, NONE, null, NONE, null)).toBe(before);
  });

  it('rebuilds the lines of a node whose kind or scope changes, and only those', () => {
    const plan = articleExamplePlan();
    const deriveEdges = createEdgeDeriver();
    const before = deriveEdges(plan, NONE, null, NONE, null);
    const external = edited(updateNode(plan, 'sh-sales', { scope: 'external' }));
    const after = deriveEdges(external, NONE, null, NONE, null);
    expect(after).not.toBe(before);
    const changed = after.filter((e, i) => e !== before[i]);
    expect(changed.length).toBeGreaterThan(0);
    expect(changed.every((e) => e.target === 'sh-sales')).toBe(true);
    expect(changed.every((e) => e.className?.includes('op-edge--external'))).toBe(true);
  });

  it('names each line through aria-labelledby, with ids safe for an id list', () => {
    const plan = articleExamplePlan();
    const [edge] = createEdgeDeriver()(plan, NONE, null, NONE, null);
    expect(edge?.domAttributes?.['aria-labelledby']).toBe(`op-line-${encodeURIComponent(edge?.id ?? '')}`);
    expect(edge?.domAttributes?.['aria-labelledby']).not.toContain(' ');
  });

  it('lists the cards top-down, then left to right, so Tab follows the chart (it followed creation order)', () => {
    const plan = articleExamplePlan();
    const nodes = createNodeDeriver()(plan, NONE, null, NONE);
    const centres = nodes.map((n) => ({ row: Math.floor((n.position.y + (n.height ?? 0) / 2) / 84), x: n.position.x }));
    for (let i = 1; i < centres.length; i++) {
      const a = centres[i - 1]!;
      const b = centres[i]!;
      expect(a.row < b.row || (a.row === b.row && a.x <= b.x), `${nodes[i - 1]?.id} before ${nodes[i]?.id}`).toBe(true);
    }
    // Moving a card to the top brings it first.
    const moved = moveNodes(plan, new Map([['sh-sales', { x: -500, y: -500 }]]));
    expect(createNodeDeriver()(moved, NONE, null, NONE)[0]?.id).toBe('sh-sales');
  });

  it('hands back the same node array when nothing about the nodes changed', () => {
    const plan = articleExamplePlan();
    const deriveNodes = createNodeDeriver();
    const first = deriveNodes(plan, NONE, null, NONE);
    expect(deriveNodes(plan, NONE, null, NONE)).toBe(first);
    expect(deriveNodes(plan, new Set(['cpo']), null, NONE)).not.toBe(first);
  });

  it('uses drag positions over plan positions and leaves out hidden nodes and their edges', () => {
    const plan = articleExamplePlan();
    const drag = new Map([['cpo', { x: 1, y: 2 }]]);
    const hidden = new Set(['po-cart']);
    const nodes = createNodeDeriver()(plan, NONE, drag, hidden);
    expect(nodes.find((n) => n.id === 'cpo')!.position).toEqual({ x: 1, y: 2 });
    expect(nodes.some((n) => n.id === 'po-cart')).toBe(false);
    const edges = createEdgeDeriver()(plan, NONE, drag, hidden, null);
    expect(edges.some((e) => e.source === 'po-cart' || e.target === 'po-cart')).toBe(false);
  });

  it('draws reporting lines with an arrow at the manager and marks the highlighted chain', () => {
    const plan = articleExamplePlan();
    const highlight = {
      targetId: 'po-cart',
      nodes: new Set(['po-cart']),
      edges: new Set(['reports-to:po-cart:pm-checkout']),
    };
    const edges = createEdgeDeriver()(plan, NONE, null, NONE, highlight);
    const line = edges.find((e) => e.id === 'reports-to:po-cart:pm-checkout')!;
    expect(line).toMatchObject({ source: 'po-cart', target: 'pm-checkout', sourceHandle: 't', targetHandle: 'b' });
    expect(line.markerEnd).toBe('op-arrow-highlight');
    expect(line.className).toContain('is-highlighted');
    const external = edges.find((e) => e.id === 'engages:po-cart:sh-northwind')!;
    expect(external.className).toContain('op-edge--external');
    expect(external.markerEnd).toBeUndefined();
  });

  it('joins cards on different rows top to bottom and side by side cards by their facing sides', () => {
    const size = { width: 220, height: 84 };
    expect(facingHandles({ x: 0, y: 200 }, size, { x: 900, y: 0 }, size)).toEqual({
      sourceHandle: 't',
      targetHandle: 'b',
    });
    expect(facingHandles({ x: 0, y: 0 }, size, { x: 0, y: 200 }, size)).toEqual({
      sourceHandle: 'b',
      targetHandle: 't',
    });
    expect(facingHandles({ x: 0, y: 0 }, size, { x: 300, y: 20 }, size)).toEqual({
      sourceHandle: 'r',
      targetHandle: 'l',
    });
    expect(facingHandles({ x: 300, y: 0 }, size, { x: 0, y: 0 }, size)).toEqual({
      sourceHandle: 'l',
      targetHandle: 'r',
    });
  });
});
