/** `org-planner import-csv`: HR export → laid-out plan, written atomically. */
import { basename, extname } from 'node:path';
import { DELIMITER_NAMES } from '@shared/csv/delimiter';
import { importCsvBytes } from '@shared/csv/import-csv-bytes';
import { describeCsvRefusal, encodingName } from '@shared/csv/refusal';
import { describeImportCounts, describeKindCounts } from '@shared/csv/role-summary';
import { DEFAULT_ROLES } from '@shared/csv/roles';
import { serializePlan } from '@shared/format/serialize';
import { MAX_CSV_BYTES, MAX_PLAN_BYTES } from '@shared/model/limits';
import { checkPlan } from '@shared/rules/check';
import { summarizeViolations } from '@shared/rules/violation';
import { atomicWriteFile } from '../node/files/atomic-write';
import { describeFileError, describeSize, readRegularFile } from '../node/files/read-regular-file';
import type { Command } from './args';
import { EXIT_INVALID, EXIT_OK, type CliIo } from './io';
import { severityCountsText } from './severity-counts';
import { terminalText } from './terminal-text';

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The limits of docs/format.md; tests pass small ones to reach them with small files. */
export interface ImportLimits {
  readonly maxCsvBytes: number;
  readonly maxPlanBytes: number;
}

const LIMITS: ImportLimits = { maxCsvBytes: MAX_CSV_BYTES, maxPlanBytes: MAX_PLAN_BYTES };

export async function runImportCsv(
  command: Extract<Command, { kind: 'import-csv' }>,
  processIo: CliIo,
  limits: ImportLimits = LIMITS,
): Promise<number> {
  // Names, paths and messages quote the CSV: escaped like check's text output (terminal-text.ts).
  const io: CliIo = {
    out: (line) => {
      processIo.out(terminalText(line));
    },
    err: (line) => {
      processIo.err(terminalText(line));
    },
  };
  // Bytes, not text: the core detects the encoding (BOM, UTF-8, else Windows-1252) as the app does.
  let bytes: Uint8Array;
  try {
    // Regular files only, at most MAX_CSV_BYTES: a pipe or /dev/zero is refused, not read without end.
    bytes = (await readRegularFile(command.input, limits.maxCsvBytes)).bytes;
  } catch (error) {
    io.err(`org-planner: cannot read ${command.input}: ${describeFileError(error)}`);
    return EXIT_INVALID;
  }
  const result = importCsvBytes(bytes, {
    columns: command.columns,
    encoding: command.encoding,
    delimiter: command.delimiter,
    roles: command.roles,
    planName: basename(command.input, extname(command.input)),
  });
  if (!result.ok) {
    io.err(`org-planner: ${command.input}: ${describeCsvRefusal(result.refusal, 'cli')}`);
    return EXIT_INVALID;
  }
  const output = serializePlan(result.plan);
  const outputBytes = Buffer.byteLength(output, 'utf8');
  if (outputBytes > limits.maxPlanBytes) {
    // Never write a plan that check and the app would refuse to open.
    io.err(
      `org-planner: ${command.input}: the plan would be ${describeSize(outputBytes)}, over the ${describeSize(limits.maxPlanBytes)} limit for plans; split the CSV`,
    );
    return EXIT_INVALID;
  }
  try {
    await atomicWriteFile(command.out, output, { noOverwrite: !command.force });
  } catch (error) {
    const exists = typeof error === 'object' && error !== null && 'code' in error && error.code === 'EEXIST';
    io.err(
      exists
        ? `org-planner: ${command.out} already exists; use --force to overwrite it`
        : `org-planner: cannot write ${command.out}: ${errorText(error)}`,
    );
    return EXIT_INVALID;
  }
  for (const problem of result.problems) io.out(`${command.input}:${problem.row}  ${problem.message}`);
  io.out(describeKindCounts(result.kinds, command.roles ?? DEFAULT_ROLES));
  const how = `read as ${encodingName(result.encoding)}${result.encodingSource === 'fallback' ? ' (not valid UTF-8)' : ''}, ${DELIMITER_NAMES[result.delimiter]}-separated`;
  io.out(`Imported ${describeImportCounts(result.kinds, result.counts, false)} into ${command.out} (${how})`);
  // The CSV notes say what the import could not take as given; the rules judge the plan it made (check lists them).
  const findings = severityCountsText(summarizeViolations(checkPlan(result.plan)));
  io.out(`Rule check of ${command.out}: ${findings} (org-planner check lists them)`);
  return EXIT_OK;
}
