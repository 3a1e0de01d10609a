import { describe, expect, it } from 'vitest';
import { articleExamplePlan } from '@shared/example/article-example';
import { createEdgeDeriver, createNodeDeriver } from '../../../src/renderer/src/canvas/derive';
import { buildScene } from '../../../src/renderer/src/canvas/overview/scene';
import {
  buildDrawList,
  NAME_FONT_MIN,
  NAME_MIN_WIDTH,
  TITLE_MIN_HEIGHT,
  type Viewport,
} from '../../../src/renderer/src/canvas/overview/draw-list';

const NONE = new Set<string>();
const NO_EMPHASIS = { highlight: null, focusedId: null };

function exampleScene(selected: ReadonlySet<string> = NONE) {
  const plan = articleExamplePlan();
  const nodes = createNodeDeriver()(plan, selected, null, NONE);
  const edges = createEdgeDeriver()(plan, NONE, null, NONE, null);
  return { plan, scene: buildScene(nodes, edges) };
}

/** The viewport that shows the canvas from (x, y) on at `zoom` in a 1440 × 900 window (or a huge one). */
function viewAt(x: number, y: number, zoom: number, huge = false): Viewport {
  return { x: -x * zoom, y: -y * zoom, zoom, width: huge ? 1e7 : 1440, height: huge ? 1e7 : 900 };
}

describe('the overview’s scene', () => {
  it('has one card per shown node and one line per shown edge, with names, tones and selection', () => {
    const { plan, scene } = exampleScene(new Set(['cpo']));
    expect(scene.cards).toHaveLength(plan.nodes.length);
    expect(scene.lines).toHaveLength(plan.edges.length);
    const cpo = scene.cards[scene.indexById.get('cpo')!]!;
    expect(cpo).toMatchObject({ selected: true, width: 220, height: 84, tone: 'person' });
    expect(cpo.name).toBe(plan.nodes.find((n) => n.id === 'cpo')!.name);
    expect(scene.cards.some((c) => c.tone === 'internal' || c.tone === 'external')).toBe(true);
    const styles = new Set(scene.lines.map((l) => l.style));
    expect(styles.has('reports')).toBe(true);
    expect(styles.has('member') || styles.has('engages')).toBe(true);
  });

  it('joins a reporting line to the middle of its cards’ facing sides', () => {
    const { plan, scene } = exampleScene();
    const edge = plan.edges.find((e) => e.kind === 'reports-to')!;
    const line = scene.lines.find((l) => l.id === edge.id)!;
    const source = scene.cards[scene.indexById.get(edge.source)!]!;
    const target = scene.cards[scene.indexById.get(edge.target)!]!;
    const [x0, y0] = line.points;
    const [xn, yn] = line.points.slice(-2);
    const onSide = (c: typeof source, x: number, y: number): boolean =>
      (x === c.x + c.width / 2 && (y === c.y || y === c.y + c.height)) ||
      (y === c.y + c.height / 2 && (x === c.x || x === c.x + c.width));
    expect(onSide(source, x0!, y0!) || line.points.length > 8).toBe(true);
    expect(onSide(target, xn!, yn!) || line.points.length > 8).toBe(true);
    expect(line.minX).toBeLessThanOrEqual(Math.min(x0!, xn!));
    expect(line.maxY).toBeGreaterThanOrEqual(Math.max(y0!, yn!));
  });
});

describe('the overview’s draw list', () => {
  it('draws only the cards and lines in the viewport', () => {
    const { scene } = exampleScene();
    const cpo = scene.cards[scene.indexById.get('cpo')!]!;
    const all = buildDrawList(scene, viewAt(-20000, -20000, 0.03, true), NO_EMPHASIS);
    expect(all.cards).toHaveLength(scene.cards.length);
    expect(all.lines).toHaveLength(scene.lines.length);
    const one = buildDrawList(scene, viewAt(cpo.x - 10, cpo.y - 10, 2.5), NO_EMPHASIS);
    expect(one.cards.map((d) => d.card.id)).toContain('cpo');
    expect(one.cards.length).toBeLessThan(scene.cards.length);
    expect(one.lines.length).toBeLessThan(scene.lines.length);
    const none = buildDrawList(scene, viewAt(1e6, 1e6, 1), NO_EMPHASIS);
    expect(none.cards).toHaveLength(0);
    expect(none.lines).toHaveLength(0);
  });

  it('puts each card where React Flow would, in screen pixels', () => {
    const { scene } = exampleScene();
    const cpo = scene.cards[scene.indexById.get('cpo')!]!;
    const view = viewAt(cpo.x - 100, cpo.y - 50, 0.4);
    const drawn = buildDrawList(scene, view, NO_EMPHASIS).cards.find((d) => d.card.id === 'cpo')!;
    expect(drawn.sx).toBeCloseTo(40);
    expect(drawn.sy).toBeCloseTo(20);
    expect(drawn.sw).toBeCloseTo(88);
    expect(drawn.sh).toBeCloseTo(33.6);
  });

  it('labels cards only when they are wide enough for a legible name, and titles only when tall enough', () => {
    const { scene } = exampleScene();
    const at = (zoom: number) => buildDrawList(scene, viewAt(-20000, -20000, zoom, true), NO_EMPHASIS);
    const fitted = at(0.058);
    expect(fitted.cards.every((d) => !d.showName && !d.showTitle)).toBe(true);
    const sixty = at(60 / 220);
    expect(sixty.cards.filter((d) => d.card.height === 84).every((d) => d.showName && !d.showTitle)).toBe(true);
    expect(sixty.nameFont).toBeGreaterThanOrEqual(NAME_FONT_MIN);
    const tall = at(TITLE_MIN_HEIGHT / 84);
    const titled = tall.cards.filter((d) => d.card.height === 84 && d.card.title !== '');
    expect(titled.length).toBeGreaterThan(0);
    expect(titled.every((d) => d.showTitle)).toBe(true);
    expect(tall.cards.filter((d) => d.card.title === '').every((d) => !d.showTitle)).toBe(true);
    expect(at((NAME_MIN_WIDTH - 1) / 220).cards.some((d) => d.showName)).toBe(false);
  });

  it('marks the search highlight and the keyboard’s card', () => {
    const { plan, scene } = exampleScene();
    const edge = plan.edges[0]!;
    const list = buildDrawList(scene, viewAt(-20000, -20000, 0.05, true), {
      highlight: { nodes: new Set([edge.source]), edges: new Set([edge.id]) },
      focusedId: edge.target,
    });
    expect(list.cards.filter((d) => d.highlighted).map((d) => d.card.id)).toEqual([edge.source]);
    expect(list.cards.filter((d) => d.focused).map((d) => d.card.id)).toEqual([edge.target]);
    expect(list.highlightedLines.has(edge.id)).toBe(true);
  });
});
