import { describe, expect, it } from 'vitest';
import { articleExamplePlan } from '@shared/example/article-example';
import { cardsIn, buildGrid, hitTest, type Box } from '../../../src/renderer/src/canvas/overview/grid';
import { overviewShown, MIN_OVERVIEW_CARDS } from '../../../src/renderer/src/canvas/overview/threshold';
import { planBounds } from '../../../src/renderer/src/canvas/overview/plan-bounds';
import { createTextFitter } from '../../../src/renderer/src/canvas/overview/fit-text';
import { mixHex, themeFrom } from '../../../src/renderer/src/canvas/overview/theme';

/** A deterministic pseudo-random sequence (the grid must agree with a brute-force scan on any layout). */
function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
}

function randomBoxes(count: number, seed: number): Box[] {
  const next = random(seed);
  return Array.from({ length: count }, () => ({
    x: Math.round(next() * 20000 - 5000),
    y: Math.round(next() * 12000 - 3000),
    width: 220,
    height: next() < 0.2 ? 64 : 84,
  }));
}

const inside = (b: Box, x: number, y: number): boolean =>
  x >= b.x && x <= b.x + b.width && y >= b.y && y <= b.y + b.height;
const overlapping = (b: Box, x0: number, y0: number, x1: number, y1: number): boolean =>
  b.x <= x1 && b.x + b.width >= x0 && b.y <= y1 && b.y + b.height >= y0;

describe('the overview’s spatial grid', () => {
  it('finds the card under a point, and nothing in the gaps', () => {
    const grid = buildGrid([
      { x: 0, y: 0, width: 220, height: 84 },
      { x: 260, y: 0, width: 220, height: 84 },
      { x: -700, y: -300, width: 220, height: 64 },
    ]);
    expect(hitTest(grid, 10, 10)).toBe(0);
    expect(hitTest(grid, 479, 83)).toBe(1);
    expect(hitTest(grid, 240, 40)).toBe(-1);
    expect(hitTest(grid, -600, -250)).toBe(2);
    expect(hitTest(grid, -600, -200)).toBe(-1);
    expect(hitTest(grid, 1e7, 1e7)).toBe(-1);
  });

  it('picks the card drawn last where two overlap', () => {
    const grid = buildGrid([
      { x: 0, y: 0, width: 220, height: 84 },
      { x: 100, y: 40, width: 220, height: 84 },
    ]);
    expect(hitTest(grid, 150, 60)).toBe(1);
    expect(hitTest(grid, 50, 20)).toBe(0);
  });

  it('agrees with looking at every card, for points and for viewports small and large', () => {
    const boxes = randomBoxes(1500, 7);
    const grid = buildGrid(boxes);
    const next = random(11);
    for (let i = 0; i < 300; i++) {
      const x = next() * 22000 - 6000;
      const y = next() * 14000 - 4000;
      const expected = boxes.reduce((found, b, j) => (inside(b, x, y) ? j : found), -1);
      expect(hitTest(grid, x, y)).toBe(expected);
    }
    for (const size of [300, 2000, 30000]) {
      const x0 = next() * 15000 - 5000;
      const y0 = next() * 9000 - 3000;
      const expected = boxes.flatMap((b, j) => (overlapping(b, x0, y0, x0 + size, y0 + size * 0.6) ? [j] : []));
      expect(cardsIn(grid, x0, y0, x0 + size, y0 + size * 0.6)).toEqual(expected);
    }
  });

  it('finds nothing in a viewport away from every card', () => {
    const grid = buildGrid(randomBoxes(200, 3));
    expect(cardsIn(grid, 50000, 50000, 60000, 60000)).toEqual([]);
  });
});

describe('when the overview is shown', () => {
  const large = MIN_OVERVIEW_CARDS;
  it('never on a small plan such as the article’s example', () => {
    expect(overviewShown(false, 0.03, articleExamplePlan().nodes.length)).toBe(false);
    expect(overviewShown(true, 0.03, large - 1)).toBe(false);
  });

  it('below 100 px wide cards, and back to the cards only above 120 px (no flipping in between)', () => {
    expect(overviewShown(false, 0.058, large)).toBe(true);
    expect(overviewShown(false, 99 / 220, large)).toBe(true);
    expect(overviewShown(false, 110 / 220, large)).toBe(false);
    expect(overviewShown(true, 110 / 220, large)).toBe(true);
    expect(overviewShown(true, 121 / 220, large)).toBe(false);
  });
});

describe('overview helpers', () => {
  it('frames the cards the canvas shows, leaving out collapsed managers’ reports', () => {
    const plan = articleExamplePlan();
    const all = planBounds(plan, new Set());
    const xs = plan.nodes.map((n) => n.position?.x ?? 0);
    expect(all?.x).toBe(Math.min(...xs));
    const folded = planBounds(plan, new Set(['cpo']));
    expect(folded).not.toBeNull();
    expect(folded!.width * folded!.height).toBeLessThan(all!.width * all!.height);
  });

  it('cuts a label to the width with an ellipsis, and leaves one that fits alone', () => {
    const fit = createTextFitter();
    const measurer = { font: '10px x', measureText: (t: string) => ({ width: t.length * 6 }) };
    expect(fit(measurer, 'Ana Lopez', 60)).toBe('Ana Lopez');
    expect(fit(measurer, 'Margaret Hamilton', 60)).toBe('Margaret…');
    expect(fit(measurer, 'Margaret Hamilton', 5)).toBe('');
  });

  it('mixes a token the minified stylesheet shortened (#fff): boxes were drawn in the full tone before', () => {
    expect(mixHex('#56627a', '#fff', 0.35)).toBe(mixHex('#56627a', '#ffffff', 0.35));
    expect(mixHex('#56627a', '#fff', 0.35)).not.toBe('#56627a');
  });

  it('mixes the tokens as the CSS does, and follows the theme’s values', () => {
    expect(mixHex('#ff0000', '#ffffff', 0.35)).toBe('#ffa6a6');
    expect(mixHex('rgb(255, 0, 0)', '#ffffff', 0.35)).toBe('#ffa6a6');
    expect(mixHex('var(--x)', '#ffffff', 0.5)).toBe('var(--x)');
    const theme = themeFrom((name) => (name === '--pm' ? '#6741d9' : name === '--surface' ? '#ffffff' : '#000000'));
    expect(theme.tones.pm).toEqual({ stroke: '#6741d9', fill: mixHex('#6741d9', '#ffffff', 0.35) });
    expect(theme.lines.dotted).toBe('#000000');
  });
});
