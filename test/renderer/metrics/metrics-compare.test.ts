/** The compare view's metrics: each figure before and after with the change, targets met or not on each side. */
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { orgMetrics } from '@shared/diff/org-metrics';
import { articleExamplePlan } from '@shared/example/article-example';
import type { Plan } from '@shared/model/types';
import { MetricsCompare } from '../../../src/renderer/src/metrics/MetricsCompare';
import { reorganised } from '../../support/reorganisation';

const render = (before: Plan, after: Plan): string =>
  renderToStaticMarkup(createElement(MetricsCompare, { before, after }));

/** The text of each cell of the rows whose opening tag has `attribute` (no DOM in the node environment). */
function cellsOf(html: string, attribute: string): string[] {
  const texts: string[] = [];
  for (const row of html.matchAll(new RegExp(`<tr ${attribute}>(.*?)</tr>`, 'g'))) {
    for (const cell of (row[1] ?? '').matchAll(/<t[hd][^>]*>(.*?)<\/t[hd]>|<td[^>]*\/>/g))
      texts.push((cell[1] ?? '').replace(/<[^>]+>/g, '').replace(/&#x27;/g, "'"));
  }
  return texts;
}

const cells = (html: string, key: string): string[] => cellsOf(html, `data-metric="${key}"`);

describe('MetricsCompare', () => {
  it('lists each figure before and after with the change', () => {
    const asIs = articleExamplePlan();
    const doc = render(asIs, reorganised);
    const before = orgMetrics(asIs);
    const after = orgMetrics(reorganised);
    const change = after.openRoles - before.openRoles;
    expect(cells(doc, 'open-roles')).toEqual([
      'Open roles',
      String(before.openRoles),
      String(after.openRoles),
      `${change > 0 ? '+' : ''}${change}`,
    ]);
    expect(cells(doc, 'headcount')[3]).toBe(
      after.headcount === before.headcount ? '0' : `−${before.headcount - after.headcount}`,
    );
    expect(doc.match(/role="img"/g)).toHaveLength(4);
  });

  it('marks a figure outside its side’s own target in words, and says whether each target is met', () => {
    const tight: Plan = { ...reorganised, rules: { 'max-layers': { options: { max: 2 } } } };
    const doc = render(articleExamplePlan(), tight);
    expect(cells(doc, 'layers')).toEqual(['Layers', '3', '! 3 (outside the target)', '0']);
    expect(cellsOf(doc, 'data-target="[a-z-]+"')).toEqual([
      'Target: span of control at most 8',
      'met',
      'met',
      '',
      'Target: layers at most 2',
      'met',
      'not met',
      '',
    ]);
  });
});
