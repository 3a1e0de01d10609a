/**
 * `org-planner export`: a plan in another tool's format (draw.io, Mermaid,
 * GraphML for yEd, CSV for spreadsheets), written by the pure core
 * writers. To stdout, or atomically to `--out`. Exit codes as render: 0
 * written, 2 for a plan that cannot be read, an unknown `--subtree` node or a
 * file that cannot be written.
 */
import { planToCsv } from '@shared/interop/csv-export';
import { planToDrawio } from '@shared/interop/drawio';
import { planToGraphml } from '@shared/interop/graphml';
import { MERMAID_MAX_EDGES, planToMermaid } from '@shared/interop/mermaid';
import { subtreePlan } from '@shared/interop/subtree';
import type { Plan } from '@shared/model/types';
import { atomicWriteFile } from '../node/files/atomic-write';
import type { ExportCommand, ExportFormat } from './args';
import { EXIT_INVALID, EXIT_OK, type CliIo } from './io';
import { loadPlanToWrite } from './load-plan-or-report';
import { terminalText } from './terminal-text';

const WRITERS: Readonly<Record<ExportFormat, (plan: Plan) => string>> = {
  csv: planToCsv,
  drawio: planToDrawio,
  graphml: planToGraphml,
  mermaid: planToMermaid,
};

/** A UTF-8 byte order mark makes Excel read a CSV file as UTF-8 (not the ANSI code page); stdout gets none. */
const BYTE_ORDER_MARK: ReadonlySet<ExportFormat> = new Set<ExportFormat>(['csv']);

export async function runExport(command: ExportCommand, io: CliIo): Promise<number> {
  // `FILE#scenario` exports one scenario of the file; the file alone, its own plan (the as-is).
  let plan = await loadPlanToWrite(command.input, io);
  if (plan === undefined) return EXIT_INVALID;
  if (command.subtree !== undefined) {
    const part = subtreePlan(plan, command.subtree);
    if (part === undefined) {
      io.err(terminalText(`org-planner: ${command.input}: no node with id "${command.subtree}" for --subtree`));
      return EXIT_INVALID;
    }
    plan = part;
  }
  const text = WRITERS[command.format](plan);
  if (command.format === 'mermaid' && plan.edges.length > MERMAID_MAX_EDGES) {
    io.err(
      terminalText(
        `org-planner: ${command.input}: ${plan.edges.length} lines; Mermaid draws at most ${MERMAID_MAX_EDGES} unless its maxEdges setting is raised. Export part of the plan with --subtree ID.`,
      ),
    );
  }
  if (command.out === undefined) {
    // Lines without their final break: io.out adds one.
    io.out(text.replace(/\r?\n$/, ''));
    return EXIT_OK;
  }
  try {
    await atomicWriteFile(command.out, BYTE_ORDER_MARK.has(command.format) ? `\uFEFF${text}` : text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    io.err(terminalText(`org-planner: cannot write ${command.out}: ${detail}`));
    return EXIT_INVALID;
  }
  io.err(terminalText(`Exported ${plan.nodes.length} nodes and ${plan.edges.length} lines to ${command.out}`));
  return EXIT_OK;
}
