/**
 * Opening a draw.io file wherever a plan is opened (the app's File › Open on the desktop and in the
 * browser, the CLI's check, stats, diff and export): recognised by its content (an `mxfile` or
 * `mxGraphModel` document), not by its name, and read with the draw.io reader. The plan it gives is
 * checked by the plan parser like any file, so what opens is always a plan the app can save. A diagram
 * that was not made by our export (no shape carries a plan id) is read best-effort, shapes as people and
 * connectors as reporting lines, with a notice saying so; one that cannot become a plan is refused with
 * the file's name and what is missing.
 */
import { parsePlan } from '../format/parse';
import { serializePlan } from '../format/serialize';
import { formatProblem } from '../model/problems';
import type { Plan } from '../model/types';
import { drawioToPlan } from './drawio-read';

export type DrawioOpenResult =
  /** `text`: the plan as JSON (what a Save writes); `notice`: set when the diagram was not made by Org Planner. */
  | { readonly ok: true; readonly plan: Plan; readonly text: string; readonly notice?: string }
  | { readonly ok: false; readonly message: string };

/** What may stand before the root element: a byte order mark, white space, the XML declaration, comments. */
const PROLOGUE = /^\uFEFF?\s*(<\?xml[^>]*\?>\s*)?(<!--[\s\S]*?-->\s*)*/;

/** True when the text is a draw.io document: its root element is `mxfile` or `mxGraphModel`. */
export function looksLikeDrawio(text: string): boolean {
  const head = text.slice(0, 4096);
  const prologue = PROLOGUE.exec(head)?.[0].length ?? 0;
  return /^<(mxfile|mxGraphModel)[\s>/]/.test(head.slice(prologue));
}

/** Whether any cell carries our export's `planId`: none means another tool drew the diagram. */
function madeByUs(text: string): boolean {
  return /\splanId="/.test(text);
}

/** The file as a plan; messages leave the file's name to the caller, which puts it in front as it does for plans. */
export function openDrawio(text: string): DrawioOpenResult {
  const refuse = (what: string): DrawioOpenResult => ({
    ok: false,
    message: `this draw.io file cannot be opened as a plan: ${what}`,
  });
  const read = drawioToPlan(text);
  if (!read.ok) return refuse(read.message);
  if (read.plan.nodes.length === 0) return refuse('it has no shapes (boxes) to read as people');
  const json = serializePlan(read.plan);
  const parsed = parsePlan(json);
  if (!parsed.ok)
    return refuse(
      `${parsed.errors.slice(0, 3).map(formatProblem).join('; ')}${parsed.errors.length > 3 ? ' (and more)' : ''}`,
    );
  if (madeByUs(text)) return { ok: true, plan: parsed.plan, text: json };
  const { nodes, edges } = parsed.plan;
  const notice =
    `This draw.io diagram was not made by Org Planner's export: its ${nodes.length} ` +
    `${nodes.length === 1 ? 'shape was' : 'shapes were'} read as people and its ${edges.length} ` +
    `${edges.length === 1 ? 'connector' : 'connectors'} as reporting lines (dashed ones as dotted lines). Check the kinds.`;
  return { ok: true, plan: parsed.plan, text: json, notice };
}
