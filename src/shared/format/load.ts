/**
 * Raw JSON value → Plan: the header, the migrations up to the current version, then the validators
 * (which know the current version only). Every way a plan enters the app ends here: text (parse.ts),
 * bytes and PNGs (plan-bytes.ts).
 */
import { readPlan, type PlanResult } from '../model/plan';
import { FORMAT_VERSION } from '../model/types';
import { MIGRATIONS, type MigrationTable } from './migrations';
import { upgradeDocument } from './version';

/**
 * `migrations` and `version` are for tests, which prove with a made-up table that upgrades run before
 * validation; the app always uses the real table and the current version.
 */
export function loadPlanValue(value: unknown, migrations: MigrationTable = MIGRATIONS): PlanResult {
  const upgraded = upgradeDocument(value, migrations, FORMAT_VERSION);
  if (!upgraded.ok) return upgraded;
  return readPlan(upgraded.doc);
}
