import { describe, expect, it } from 'vitest';
import { subtree } from '@shared/edit';
import { articleExamplePlan } from '@shared/example/article-example';
import { layoutPlan } from '@shared/layout/tree-layout';
import { asShown } from '@shared/render/as-shown';
import { buildDisplayList } from '@shared/render/display-list';
import { displayListToSvg } from '@shared/render/svg';

describe('exporting as shown', () => {
  const plan = layoutPlan(articleExamplePlan());

  it('leaves out the people of collapsed subtrees and draws each collapsed card with its count', () => {
    const hiddenCount = subtree(plan, 'cpo').length - 1;
    expect(hiddenCount).toBeGreaterThan(3);
    const shown = asShown(plan, new Set(['cpo']));
    expect(shown.plan.nodes).toHaveLength(plan.nodes.length - hiddenCount);
    expect(shown.folded.get('cpo')).toBe(hiddenCount);
    expect(shown.hidden).toBe(hiddenCount);
    const ids = new Set(shown.plan.nodes.map((node) => node.id));
    for (const edge of shown.plan.edges) expect(ids.has(edge.source) && ids.has(edge.target)).toBe(true);
    const svg = displayListToSvg(buildDisplayList(shown.plan, { folded: shown.folded }));
    expect(svg.match(/<text class="name"/g)).toHaveLength(shown.plan.nodes.length);
    expect(svg).toContain(`>+${hiddenCount}</text>`);
  });

  it('is the whole plan when nothing is collapsed (the default export has no count badges)', () => {
    const shown = asShown(plan, new Set());
    expect(shown.plan).toBe(plan);
    expect(displayListToSvg(buildDisplayList(plan))).not.toMatch(/>\+\d+<\/text>/);
  });

  it('drops the title, the legend and the background when asked, keeping every card', () => {
    const bare = buildDisplayList(plan, { showTitle: false, showLegend: false, background: false });
    const full = buildDisplayList(plan);
    expect(bare.height).toBeLessThan(full.height);
    expect(bare.cards).toHaveLength(full.cards.length);
    // Each card's shapes are still found where the card says they are.
    for (const card of bare.cards)
      expect(bare.items[card.firstItem]).toMatchObject({ kind: 'rect', x: card.x, y: card.y });
    expect(displayListToSvg(bare)).not.toContain('Reports to');
  });
});
