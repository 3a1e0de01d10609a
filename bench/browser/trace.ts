/**
 * `BENCH_TRACE_DIR=dir` with `--profile`: a Chromium trace of each pan at a readable zoom (app and bare), written
 * there, and summarised by the renderer's own work per kind: the CPU profile shows native work (style, layout,
 * paint, compositing) only as "(program)", and the pan rows' difference between the app and bare React Flow is
 * mostly there. Summed by event name: the inclusive time on the page's main, compositor and raster threads (the
 * raster workers are "ThreadPoolForegroundWorker"; `DisplayItemList::Raster` is the software rasterisation of the
 * painted tiles). Also printed: the pan's frame figures and the elements in the document by region.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';

const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink', 'cc', 'toplevel'];
/**
 * `BENCH_TRACE_CATEGORIES=a,b` adds categories, e.g. `disabled-by-default-devtools.timeline.invalidationTracking`
 * (which element invalidated which rect of which layer, per frame).
 */
const categories = (): string[] => [
  ...CATEGORIES,
  ...(process.env.BENCH_TRACE_CATEGORIES ?? '').split(',').filter((c) => c !== ''),
];
const KEY =
  /DisplayItemList::Raster|RunPaintLifecyclePhase|UpdateStyleAndLayout$|LayoutView::HitTest|Main FunctionCall|Layerize|Main Commit|UpdateLifecycle|MinorGC|UpdateLayoutTree|Main Layout|Main Paint$/;
/** Task wrappers that contain everything else. */
const GENERIC = /RunTask|TaskAnnotator|ThreadController|SequenceManager|ProxyMain|Scheduler/;

interface TraceEvent {
  readonly name: string;
  readonly ph: string;
  readonly pid: number;
  readonly tid: number;
  readonly ts: number;
  readonly dur?: number;
  readonly args?: { name?: string } & Record<string, unknown>;
}

export const traceDir = (): string | undefined => {
  const dir = process.env.BENCH_TRACE_DIR;
  return dir === undefined || dir === '' ? undefined : dir;
};

/** Runs `work` under a trace written to dir/slug.json; the summary as Markdown lines. */
export async function traced(
  browser: Browser,
  page: Page,
  dir: string,
  slug: string,
  work: () => Promise<unknown>,
): Promise<string[]> {
  const path = join(dir, `${slug}.json`);
  await browser.startTracing(page, { path, categories: categories() });
  const result = JSON.stringify(await work());
  await browser.stopTracing();
  const elements = await page.evaluate(() => document.getElementsByTagName('*').length);
  const hist = await page.evaluate(() => {
    const counts: Record<string, number> = {};
    for (const el of Array.from(document.getElementsByTagName('*'))) {
      const region = el.closest(
        '[data-region], .react-flow__node, .react-flow__edge, .react-flow__edges, aside, header, footer, nav',
      );
      const key =
        region === null
          ? 'none'
          : (region.getAttribute('data-region') ??
            (region.getAttribute('class') ?? '').split(' ')[0] ??
            region.tagName);
      counts[key] = (counts[key] ?? 0) + 1;
    }
    return JSON.stringify(
      Object.entries(counts)
        .sort((a, b) => b[1] - a[1])
        .slice(0, 20),
    );
  });
  return [`${slug}: ${result} ${elements} elements in the document ${hist}`, ...summarise(path)];
}

function summarise(path: string): string[] {
  const parsed = JSON.parse(readFileSync(path, 'utf8')) as { traceEvents: TraceEvent[] } | TraceEvent[];
  const events = Array.isArray(parsed) ? parsed : parsed.traceEvents;
  const threadNames = new Map<string, string>();
  for (const e of events)
    if (e.ph === 'M' && e.name === 'thread_name') threadNames.set(`${e.pid}:${e.tid}`, e.args?.name ?? '');
  const byThread = new Map<string, TraceEvent[]>();
  for (const e of events) {
    if (e.ph !== 'X' || e.dur === undefined) continue;
    const key = `${e.pid}:${e.tid}`;
    const list = byThread.get(key) ?? [];
    list.push(e);
    byThread.set(key, list);
  }
  // Inclusive time per event name and thread kind; an event inside another of the same name counts once.
  const totals = new Map<string, number>();
  for (const [key, list] of byThread) {
    const thread = (threadNames.get(key) ?? key).replace(/\d+$/, '');
    if (!/CrRendererMain|Compositor|Raster|ThreadPoolForeground/.test(thread)) continue;
    list.sort((a, b) => a.ts - b.ts);
    const endOf = new Map<string, number>();
    for (const e of list) {
      if (GENERIC.test(e.name) || e.ts < (endOf.get(e.name) ?? -Infinity)) continue;
      endOf.set(e.name, e.ts + (e.dur ?? 0));
      const label = `${thread} ${e.name}`;
      totals.set(label, (totals.get(label) ?? 0) + (e.dur ?? 0) / 1000);
    }
  }
  return [
    ...[...totals.entries()]
      .sort((a, b) => b[1] - a[1])
      .filter(([label]) => KEY.test(label))
      .map(([label, ms]) => `- ${label}: ${ms.toFixed(1)} ms`),
    ...rasterPerTile(events),
  ];
}

/**
 * Raster per tile and per painted frame: a variant that lets the main thread keep up paints more frames, so its
 * raster total can stay the same while each frame costs less; compare these, not the totals.
 */
function rasterPerTile(events: readonly TraceEvent[]): string[] {
  let tiles = 0;
  let ms = 0;
  let ops = 0;
  let frames = 0;
  const byLayer = new Map<number, number>();
  for (const e of events) {
    if (e.ph !== 'X' || e.dur === undefined) continue;
    const args = e.args as {
      rastered_op_count?: number;
      data?: { nodeName?: string };
      tileData?: { layerId?: number };
    };
    if (e.name === 'DisplayItemList::Raster') {
      tiles++;
      ms += e.dur / 1000;
      ops += args.rastered_op_count ?? 0;
    } else if (e.name === 'Paint' && args.data?.nodeName === '#document') frames++;
    else if (e.name === 'RasterTask') {
      const layer = args.tileData?.layerId ?? -1;
      byLayer.set(layer, (byLayer.get(layer) ?? 0) + 1);
    }
  }
  if (tiles === 0) return [];
  const layers = [...byLayer.entries()].sort((a, b) => b[1] - a[1]).slice(0, 4);
  return [
    `- raster: ${tiles} tiles, ${(ms / tiles).toFixed(2)} ms and ${Math.round(ops / tiles)} drawing ops per tile; ` +
      `${frames} document paints, ${(tiles / Math.max(1, frames)).toFixed(1)} tiles and ` +
      `${(ms / Math.max(1, frames)).toFixed(1)} ms of raster per paint; tiles by layer id ${JSON.stringify(layers)}`,
  ];
}
