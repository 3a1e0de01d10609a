/**
 * The header of a raw document (`format`, `version`) and its upgrade to the current version through the
 * migrations table. Runs before validation, on the JSON as parsed.
 */
import { isJsonObject, type JsonObject } from '../model/json';
import { ProblemList, type PlanProblem } from '../model/problems';
import { FORMAT_NAME, FORMAT_VERSION } from '../model/types';
import type { MigrationTable } from './migrations';

export type UpgradeResult = { ok: true; doc: JsonObject } | { ok: false; errors: PlanProblem[] };

function refuse(path: string, message: string): UpgradeResult {
  const problems = new ProblemList();
  problems.add(path, message);
  return { ok: false, errors: problems.items };
}

/**
 * Checks the header and applies the migrations from the document's version up to `target`. The result
 * carries `version: target` (each step must set it; a step that does not is an error of ours, reported
 * rather than thrown so a file never crashes the loader).
 */
export function upgradeDocument(value: unknown, migrations: MigrationTable, target = FORMAT_VERSION): UpgradeResult {
  if (!isJsonObject(value)) return refuse('', 'expected a JSON object at the top level');
  if (value.format !== FORMAT_NAME)
    return refuse('format', `expected "${FORMAT_NAME}"; this is not an Org Planner plan`);
  const version = value.version;
  if (version === undefined) return refuse('version', 'required');
  if (typeof version !== 'number' || !Number.isInteger(version)) return refuse('version', 'expected an integer');
  if (version > target) {
    return refuse(
      'version',
      `this plan was made by a newer Org Planner (format ${version}); this build reads format ${target} and older. Update Org Planner to open it`,
    );
  }
  let doc: JsonObject = value;
  for (let from = version; from < target; from++) {
    const migration = migrations.get(from);
    if (migration === undefined) return refuse('version', `expected ${target}; format ${from} cannot be read`);
    try {
      doc = migration(doc);
    } catch (error) {
      // A migration runs before validation, on whatever the file holds: a file must never crash the loader.
      return refuse(
        '',
        `this plan could not be upgraded from format ${from}: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
    if (doc.version !== from + 1) {
      return refuse('version', `the upgrade from format ${from} did not give format ${from + 1}`);
    }
  }
  return { ok: true, doc };
}
