/**
 * Draws the whole plan into a PNG or SVG with html-to-image (pinned at
 * 1.11.11: later versions drop the edges), as React Flow's "download image"
 * example does: the viewport element is captured with a transform that puts
 * the plan's bounds, not the current view, into the picture. Large plans are
 * drawn in a simplified style instead (vector-image.ts), minutes faster. PNGs carry the
 * plan's JSON in an `org-planner` iTXt chunk so they can be opened again.
 */
import { getNodesBounds, type ReactFlowInstance } from '@xyflow/react';
import { toSvg } from 'html-to-image';
import { PLAN_KEYWORD, withTextChunk } from '@shared/png/chunks';
import { removeUnsafeCharacters } from '@shared/text/unsafe-characters';
import type { FlowEdge, FlowNode } from '../canvas/flow-types';
import type { ImageExport } from '../platform/platform';
import { exportLayout, type Bounds, type ExportLayout } from './export-size';
import { addOverlay } from './overlay';
import { setRenderingAll } from './rendering-all';
import { INK_ON_WHITE, svgToPng, VECTOR_THRESHOLD, vectorSvg } from './vector-image';

export interface ImageOptions {
  readonly format: 'png' | 'svg';
  readonly scale: number;
  readonly transparent: boolean;
  readonly title: boolean;
  readonly legend: boolean;
}

/** The flow's visible cards (collapsed subtrees are not part of the picture), or an empty box. */
function planBounds(flow: ReactFlowInstance<FlowNode, FlowEdge>): Bounds {
  const nodes = flow.getNodes().filter((node) => node.hidden !== true);
  return nodes.length === 0 ? { x: 0, y: 0, width: 200, height: 100 } : getNodesBounds(nodes);
}

export function layoutFor(flow: ReactFlowInstance<FlowNode, FlowEdge>, options: ImageOptions): ExportLayout {
  return exportLayout(planBounds(flow), options);
}

const frame = (): Promise<void> =>
  new Promise((resolve) => {
    requestAnimationFrame(() => {
      resolve();
    });
  });

/** Waits until every card is in the DOM (large plans render them on demand), at most a few seconds. */
async function allCardsRendered(root: HTMLElement, count: number): Promise<void> {
  const until = performance.now() + 5000;
  await frame();
  await frame();
  while (root.querySelectorAll('.react-flow__node').length < count && performance.now() < until) await frame();
}

/**
 * Why an image was not made, in the user's words. `String(error)` gives the message alone
 * (no "Error:" prefix), as the export dialog shows it after "The image could not be made:".
 */
class ExportRefusedError extends Error {
  override toString(): string {
    return this.message;
  }
}

/** Handles and the resize/selection chrome are for editing, not for the picture. */
function keep(node: HTMLElement): boolean {
  // html-to-image also passes text nodes, despite its type.
  return !((node as Node) instanceof Element && node.classList.contains('react-flow__handle'));
}

export async function renderPlanImage(
  flow: ReactFlowInstance<FlowNode, FlowEdge>,
  options: ImageOptions & { readonly planName: string; readonly planText: string },
): Promise<{ image: ImageExport; layout: ExportLayout }> {
  const viewport = document.querySelector<HTMLElement>('.react-flow__viewport');
  if (viewport === null) throw new Error('the canvas is not on screen');
  const layout = layoutFor(flow, options);
  const refusal = layout.refusal[options.format];
  if (refusal !== null) throw new ExportRefusedError(`“${options.planName}” was not exported: ${refusal}`);
  const large = flow.getNodes().filter((node) => node.hidden !== true).length > VECTOR_THRESHOLD;
  setRenderingAll(true);
  // The simplified drawing of large plans draws its own title and legend.
  const removeOverlay = large
    ? () => undefined
    : addOverlay(viewport, layout, {
        title: options.title ? options.planName : null,
        legend: options.legend,
        ink: options.transparent ? 'var(--text)' : INK_ON_WHITE,
      });
  try {
    const nodes = flow.getNodes().filter((node) => node.hidden !== true);
    await allCardsRendered(viewport, nodes.length);
    if (nodes.length > VECTOR_THRESHOLD) {
      // vectorSvg escapes its text already; control characters in names are dropped there too.
      const svg = vectorSvg(viewport, nodes, layout, {
        title: options.title ? options.planName : null,
        legend: options.legend,
        background: options.transparent ? null : '#ffffff',
      });
      if (options.format === 'svg') return { image: { format: 'svg', data: svg }, layout };
      const png = withTextChunk(await svgToPng(svg, layout), PLAN_KEYWORD, options.planText);
      return { image: { format: 'png', data: png }, layout };
    }
    const common = {
      width: layout.cssWidth,
      height: layout.cssHeight,
      skipFonts: true,
      filter: keep,
      style: {
        width: `${layout.cssWidth}px`,
        height: `${layout.cssHeight}px`,
        transform: `translate(${-layout.originX}px, ${-layout.originY}px) scale(1)`,
      },
      ...(options.transparent ? {} : { backgroundColor: '#ffffff' }),
    };
    // One SVG for both formats, with the characters XML forbids removed (a name holding U+0001
    // made an invalid SVG and a failed PNG); the PNG is that SVG drawn at the layout's scale.
    const url = await toSvg(viewport, common);
    const svg = removeUnsafeCharacters(decodeURIComponent(url.slice(url.indexOf(',') + 1)));
    if (options.format === 'svg') return { image: { format: 'svg', data: svg }, layout };
    const png = withTextChunk(await svgToPng(svg, layout), PLAN_KEYWORD, options.planText);
    return { image: { format: 'png', data: png }, layout };
  } finally {
    removeOverlay();
    setRenderingAll(false);
  }
}
