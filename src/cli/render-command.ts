/**
 * `org-planner render`: a plan as a chart file, headless, with the core
 * renderer the app's exports use. SVG as written; PNG rasterised by resvg
 * (native, loaded only for PNG); PDF paged by pdf-lib. Exit codes as check:
 * 0 written, 2 for a plan that cannot be read or a file that cannot be written.
 */
import { extname } from 'node:path';
import { layoutPlan } from '@shared/layout/tree-layout';
import type { Plan, Severity } from '@shared/model/types';
import { buildDisplayList, type DisplayList } from '@shared/render/display-list';
import { displayListToPdf } from '@shared/render/pdf';
import { displayListToSvg } from '@shared/render/svg';
import { checkPlan } from '@shared/rules/check';
import { atomicWriteFile } from '../node/files/atomic-write';
import type { RenderCommand } from './args';
import { EXIT_INVALID, EXIT_OK, type CliIo } from './io';
import { loadPlanToWrite } from './load-plan-or-report';

/** The pixel budget of one PNG: what a browser canvas allows (about 268 Mpx), so app and CLI agree. */
export const MAX_PNG_PIXELS = 16_384 * 16_384;
const SEVERITY_RANK: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

function worstProblems(plan: Plan): Map<string, Severity> {
  const worst = new Map<string, Severity>();
  for (const violation of checkPlan(plan)) {
    if (violation.waived === true) continue;
    for (const id of violation.nodeIds) {
      const seen = worst.get(id);
      if (seen === undefined || SEVERITY_RANK[violation.severity] < SEVERITY_RANK[seen])
        worst.set(id, violation.severity);
    }
  }
  return worst;
}

/** The scale actually used: the one asked for, lowered (and said so) if the image would exceed MAX_PNG_PIXELS. */
function pngScale(list: DisplayList, asked: number, io: CliIo): number {
  const pixels = list.width * list.height * asked * asked;
  if (pixels <= MAX_PNG_PIXELS) return asked;
  const scale = Math.floor(Math.sqrt(MAX_PNG_PIXELS / (list.width * list.height)) * 100) / 100;
  io.err(
    `org-planner: at ${asked}x the image would be ${Math.round(pixels / 1e6)} Mpx; rendering at ${scale}x to stay within ${Math.round(MAX_PNG_PIXELS / 1e6)} Mpx (use a PDF for print)`,
  );
  return scale;
}

async function toPng(list: DisplayList, asked: number, io: CliIo): Promise<{ data: Uint8Array; detail: string }> {
  const { Resvg } = await import('@resvg/resvg-js');
  const scale = pngScale(list, asked, io);
  const resvg = new Resvg(displayListToSvg(list), {
    fitTo: { mode: 'zoom', value: scale },
    font: { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans' },
  });
  const image = resvg.render();
  return { data: image.asPng(), detail: `${image.width} × ${image.height} px` };
}

export async function runRender(command: RenderCommand, io: CliIo): Promise<number> {
  // `FILE#scenario` draws one scenario of the file; the file alone, its own plan (the as-is).
  const loaded = await loadPlanToWrite(command.input, io);
  if (loaded === undefined) return EXIT_INVALID;
  const plan = command.layout === undefined ? loaded : layoutPlan(loaded, { style: command.layout });
  const title = plan.name ?? 'Org plan';
  const list = buildDisplayList(plan, command.problems ? { title, problems: worstProblems(plan) } : { title });
  const format = extname(command.out).toLowerCase();
  let data: string | Uint8Array;
  let detail: string;
  if (format === '.svg') {
    data = displayListToSvg(list, command.scale);
    detail = `${Math.round(list.width * command.scale)} × ${Math.round(list.height * command.scale)} px`;
  } else if (format === '.png') {
    ({ data, detail } = await toPng(list, command.scale, io));
  } else {
    const pdf = await displayListToPdf(plan, list, command.page, title);
    data = pdf.data;
    detail = `${pdf.pageCount} pages, ${command.page}`;
  }
  try {
    await atomicWriteFile(command.out, data);
  } catch (error) {
    io.err(`org-planner: cannot write ${command.out}: ${error instanceof Error ? error.message : String(error)}`);
    return EXIT_INVALID;
  }
  io.out(`Rendered ${list.cards.length} cards to ${command.out} (${detail})`);
  return EXIT_OK;
}
