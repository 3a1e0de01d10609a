/** `org-planner import-csv`: HR export → laid-out plan, written atomically. */
import { readFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { DELIMITER_NAMES } from '@shared/csv/delimiter';
import { importCsvBytes } from '@shared/csv/import-csv-bytes';
import { describeCsvRefusal, encodingName } from '@shared/csv/refusal';
import { serializePlan } from '@shared/format/serialize';
import { atomicWriteFile } from '../node/files/atomic-write';
import type { Command } from './args';
import { EXIT_INVALID, EXIT_OK, type CliIo } from './io';

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export async function runImportCsv(command: Extract<Command, { kind: 'import-csv' }>, io: CliIo): Promise<number> {
  // Bytes, not text: the core detects the encoding (BOM, UTF-8, else Windows-1252) as the app does.
  let bytes: Uint8Array;
  try {
    bytes = await readFile(command.input);
  } catch (error) {
    io.err(`org-planner: cannot read ${command.input}: ${errorText(error)}`);
    return EXIT_INVALID;
  }
  const result = importCsvBytes(bytes, {
    columns: command.columns,
    encoding: command.encoding,
    delimiter: command.delimiter,
    planName: basename(command.input, extname(command.input)),
  });
  if (!result.ok) {
    io.err(`org-planner: ${command.input}: ${describeCsvRefusal(result.refusal, 'cli')}`);
    return EXIT_INVALID;
  }
  try {
    await atomicWriteFile(command.out, serializePlan(result.plan), { noOverwrite: !command.force });
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
  const { people, reportingLines, problems } = result.counts;
  const how = `read as ${encodingName(result.encoding)}${result.encodingSource === 'fallback' ? ' (not valid UTF-8)' : ''}, ${DELIMITER_NAMES[result.delimiter]}-separated`;
  io.out(
    `Imported ${people} people, ${reportingLines} reporting lines, ${problems} problems into ${command.out} (${how})`,
  );
  return EXIT_OK;
}
