/**
 * Export from the app with the core renderer (src/shared/render), the same
 * drawing as `org-planner render`: SVG as the core writes it; PNG as that SVG
 * drawn on a canvas, with the plan embedded so it opens again; PDF paged by
 * the core with pdf-lib (loaded on first use). Drawn from the plan, not the
 * DOM: no collapse chevrons, selection or hover, and every card, in view or not.
 */
import { NODE_HEIGHT, NODE_WIDTH } from '@shared/layout/card-size';
import type { Plan } from '@shared/model/types';
import { PLAN_KEYWORD, withTextChunk } from '@shared/png/chunks';
import { asShown } from '@shared/render/as-shown';
import { buildDisplayList, type DisplayList } from '@shared/render/display-list';
import type { PageSize } from '@shared/render/pages';
import { displayListToSvg } from '@shared/render/svg';
import type { ImageFormat } from '../../../preload/api';
import type { ImageExport } from '../platform/platform';
import { drawable, exportLayout, type Bounds, type ExportLayout } from './export-size';
import { svgToPng } from './svg-to-png';

export interface ChartOptions {
  readonly format: ImageFormat;
  readonly scale: number;
  readonly transparent: boolean;
  readonly title: boolean;
  readonly legend: boolean;
  /** As shown on the canvas: collapsed subtrees as one card with a count. Otherwise everyone. */
  readonly asShown: boolean;
  readonly paper: 'a4' | 'letter';
  readonly orientation: 'portrait' | 'landscape';
}

export interface PreparedChart {
  /** The plan drawn: the whole plan, or the shown part of it. */
  readonly plan: Plan;
  /** Null when the plan cannot be drawn (a runaway coordinate). */
  readonly list: DisplayList | null;
  readonly layout: ExportLayout;
  /** Cards drawn, and people folded into collapsed cards (as shown only). */
  readonly cards: number;
  readonly folded: number;
}

/** Where the cards are, from their positions; a plan without positions is laid out by the core. */
function cardBounds(plan: Plan): Bounds {
  const placed = plan.nodes.filter((node) => node.position !== undefined);
  if (placed.length === 0) return { x: 0, y: 0, width: NODE_WIDTH, height: NODE_HEIGHT };
  let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const { position } of placed) {
    const { x, y } = position as { x: number; y: number };
    minX = Math.min(minX, x);
    minY = Math.min(minY, y);
    maxX = Math.max(maxX, x + NODE_WIDTH);
    maxY = Math.max(maxY, y + NODE_HEIGHT);
  }
  return { x: minX, y: minY, width: maxX - minX, height: maxY - minY };
}

/** The chart to export and its size, before anything is rasterised. */
export function prepareChart(
  plan: Plan,
  collapsed: ReadonlySet<string>,
  options: Omit<ChartOptions, 'paper' | 'orientation'>,
): PreparedChart {
  const shown = options.asShown ? asShown(plan, collapsed) : { plan, folded: new Map<string, number>(), hidden: 0 };
  const bounds = cardBounds(shown.plan);
  const list = drawable(bounds)
    ? buildDisplayList(shown.plan, {
        title: plan.name ?? 'Untitled plan',
        showTitle: options.title,
        showLegend: options.legend,
        // A PDF is printed on paper: always white.
        background: options.format === 'pdf' || !options.transparent,
        folded: shown.folded,
      })
    : null;
  return {
    plan: shown.plan,
    list,
    layout: exportLayout(bounds, list, options.scale),
    cards: list?.cards.length ?? 0,
    folded: shown.hidden,
  };
}

/**
 * Why a chart was not made, in the user's words. `String(error)` gives the message alone
 * (no "Error:" prefix), as the export dialog shows it after "The image could not be made:".
 */
class ExportRefusedError extends Error {
  override toString(): string {
    return this.message;
  }
}

export async function renderChart(
  chart: PreparedChart,
  options: ChartOptions,
  planName: string,
  planText: string,
): Promise<ImageExport> {
  const refusal = chart.layout.refusal[options.format];
  if (refusal !== null || chart.list === null)
    throw new ExportRefusedError(`“${planName}” was not exported: ${refusal ?? 'nothing to draw'}`);
  if (options.format === 'svg') return { format: 'svg', data: displayListToSvg(chart.list) };
  if (options.format === 'pdf') {
    const { displayListToPdf } = await import('@shared/render/pdf');
    const size: PageSize = `${options.paper}-${options.orientation}`;
    const pdf = await displayListToPdf(chart.plan, chart.list, size, planName);
    return { format: 'pdf', data: pdf.data };
  }
  const { width, height, scale } = chart.layout;
  const png = await svgToPng(displayListToSvg(chart.list, scale), width, height);
  return { format: 'png', data: withTextChunk(png, PLAN_KEYWORD, planText) };
}
