import { describe, expect, it } from 'vitest';
import { articleExamplePlan } from '@shared/example/article-example';
import { createEdgeDeriver, createNodeDeriver } from '../../../src/renderer/src/canvas/derive';
import { edgesAmong, grow, nearElements, within } from '../../../src/renderer/src/canvas/overview/near-elements';

const NONE = new Set<string>();

function example() {
  const plan = articleExamplePlan();
  return {
    nodes: createNodeDeriver()(plan, NONE, null, NONE),
    edges: createEdgeDeriver()(plan, NONE, null, NONE, null),
  };
}

describe('the cards React Flow gets first when the overview gives way', () => {
  it('are the cards around the view, with every line touching them and the cards at their other ends', () => {
    const { nodes, edges } = example();
    const first = nodes[0]!;
    // A view around the first card only, small enough that its grown area holds few other cards.
    const view = { x: first.position.x, y: first.position.y, width: 40, height: 40 };
    const near = nearElements(nodes, edges, view);
    expect(near.nodes.length).toBeGreaterThan(0);
    expect(near.nodes.length).toBeLessThan(nodes.length);
    const ids = new Set(near.nodes.map((n) => n.id));
    expect(ids.has(first.id)).toBe(true);
    // Every line of the first card is there, and both its ends.
    const touching = edges.filter((e) => e.source === first.id || e.target === first.id);
    expect(touching.length).toBeGreaterThan(0);
    for (const edge of touching) {
      expect(near.edges).toContain(edge);
      expect(ids.has(edge.source) && ids.has(edge.target)).toBe(true);
    }
    // No line is handed over without both its cards.
    for (const edge of near.edges) expect(ids.has(edge.source) && ids.has(edge.target)).toBe(true);
    // The same node objects, so React Flow keeps what it built for them when it gets the rest.
    expect(near.nodes.every((n) => nodes.includes(n))).toBe(true);
  });

  it('start with the cards in the view, and a line is handed over only with both its cards', () => {
    const { nodes, edges } = example();
    const first = nodes[0]!;
    const view = { x: first.position.x, y: first.position.y, width: 300, height: 120 };
    const near = nearElements(nodes, edges, view);
    expect(near.inView).toBeGreaterThan(0);
    expect(near.inView).toBeLessThan(near.nodes.length);
    const inView = (n: (typeof nodes)[number]): boolean =>
      n.position.x <= view.x + view.width &&
      n.position.x + (n.width ?? 0) >= view.x &&
      n.position.y <= view.y + view.height &&
      n.position.y + (n.height ?? 0) >= view.y;
    expect(near.nodes.slice(0, near.inView).every(inView)).toBe(true);
    expect(near.nodes.slice(near.inView).some(inView)).toBe(false);
    for (let count = 0; count <= near.nodes.length; count++) {
      const ids = new Set(near.nodes.slice(0, count).map((n) => n.id));
      const among = edgesAmong(near, count);
      expect(among.every((e) => ids.has(e.source) && ids.has(e.target))).toBe(true);
      expect(among).toEqual(near.edges.filter((e) => ids.has(e.source) && ids.has(e.target)));
    }
  });

  it('are every card when the view holds the whole plan', () => {
    const { nodes, edges } = example();
    const near = nearElements(nodes, edges, { x: -1e5, y: -1e5, width: 2e5, height: 2e5 });
    expect(near.nodes).toHaveLength(nodes.length);
    expect(near.edges).toHaveLength(edges.length);
  });

  it('cover the view grown by half its size on each side, and a view that leaves that area needs them all', () => {
    const view = { x: 100, y: 100, width: 400, height: 300 };
    const area = grow(view);
    expect(area).toEqual({ x: -100, y: -50, width: 800, height: 600 });
    expect(within({ ...view, x: 250 }, area)).toBe(true);
    expect(within({ ...view, x: 350 }, area)).toBe(false);
  });
});
