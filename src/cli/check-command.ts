/** `org-planner check`: loads each plan, runs the catalog, prints eslint-like text, one JSON document, SARIF or JUnit. */
import { version } from '../../package.json';
import { readPlanFile } from '../node/files/read-plan-file';
import { describeFileError, readRegularFile } from '../node/files/read-regular-file';
import type { CheckedFile } from '@shared/interop/checked-file';
import { checkToJunit } from '@shared/interop/junit';
import { parseRuleSet, withRuleSet, type RuleSet } from '@shared/interop/rule-set';
import { checkToSarif } from '@shared/interop/sarif';
import { MAX_PLAN_BYTES } from '@shared/model/limits';
import { decodeUtf8Strict } from '@shared/text/utf8';
import { formatProblem } from '@shared/model/problems';
import { DEFAULT_SCENARIO_ID, emptyPlan, type Plan } from '@shared/model/types';
import { checkPlan } from '@shared/rules/check';
import { summarizeViolations, type Violation } from '@shared/rules/violation';
import type { Command } from './args';
import { EXIT_INVALID, EXIT_OK, EXIT_PROBLEMS, type CliIo } from './io';
import { reportNotice } from './load-plan-or-report';
import { chooseScenarios, parseScenarioArgument } from './scenario-argument';
import { plural, severityCountsText } from './severity-counts';
import { terminalText } from './terminal-text';

type CheckCommand = Extract<Command, { kind: 'check' }>;

export type FileReport =
  | {
      path: string;
      ok: true;
      violations: Violation[];
      /** For SARIF's locations: the plan, and its JSON text when that is the file's own (not out of a PNG). */
      plan?: Plan;
      text?: string;
    }
  | { path: string; ok: false; error: string; problems: string[] };

interface Summary {
  errors: number;
  warnings: number;
  infos: number;
  invalidFiles: number;
}

/** Text hides waived violations unless asked; the machine formats keep them (SARIF as suppressions). */
function shown(violations: readonly Violation[], command: CheckCommand, format: CheckCommand['format']): Violation[] {
  return violations.filter(
    (v) => (!command.quiet || v.severity === 'error') && (format !== 'text' || command.showWaived || v.waived !== true),
  );
}

function checkedFiles(reports: readonly FileReport[], command: CheckCommand): CheckedFile[] {
  return reports.map((report) =>
    report.ok
      ? {
          ok: true,
          path: report.path,
          plan: report.plan ?? emptyPlan(),
          violations: shown(report.violations, command, command.format),
          text: report.text,
        }
      : { ok: false, path: report.path, error: report.error },
  );
}

function printText(reports: readonly FileReport[], summary: Summary, command: CheckCommand, io: CliIo): void {
  // Every line is escaped: paths, names and waiver reasons come from the files (terminal-text.ts).
  const line = (text: string): void => {
    io.out(terminalText(text));
  };
  for (const report of reports) {
    if (!report.ok) {
      for (const problem of report.problems) line(`${report.path}  invalid  ${problem}`);
      continue;
    }
    for (const v of shown(report.violations, command, 'text')) {
      const waived = v.waived === true ? `  (waived: ${v.waiverReason ?? ''})` : '';
      line(`${report.path}  ${v.severity}  ${v.ruleId}  ${v.message}${waived}`);
    }
  }
  const invalid = summary.invalidFiles > 0 ? `, ${plural(summary.invalidFiles, 'invalid file')}` : '';
  io.out(`${severityCountsText(summary)}${invalid}`);
}

function printJson(reports: readonly FileReport[], summary: Summary, command: CheckCommand, io: CliIo): void {
  const files = reports.map((report) =>
    report.ok
      ? { path: report.path, ok: true, violations: shown(report.violations, command, 'json') }
      : { path: report.path, ok: false, error: report.error, problems: report.problems },
  );
  io.out(JSON.stringify({ files, summary }, null, 2));
}

/**
 * Checks a file's every scenario, or the one `FILE#scenario` names. A plan with proposals is reported scenario by
 * scenario, each as `FILE#name`; a plan without them as `FILE`, as before scenarios.
 */
async function loadAndCheck(argument: string, io: CliIo, rules?: RuleSet): Promise<FileReport[]> {
  const { path, scenario } = parseScenarioArgument(argument);
  const loaded = await readPlanFile(path);
  if (!loaded.ok) return [{ path, ok: false, error: loaded.error, problems: loaded.problems.map(formatProblem) }];
  reportNotice(path, loaded, io);
  const chosen = chooseScenarios(loaded.plan, scenario, 'all');
  if (!chosen.ok) return [{ path: argument, ok: false, error: chosen.message, problems: [chosen.message] }];
  const named = scenario !== undefined || chosen.scenarios.length > 1;
  const rootId = loaded.plan.scenarioId ?? DEFAULT_SCENARIO_ID;
  return chosen.scenarios.map((entry) => {
    // Locations in the file (SARIF regions) only for a plan's own JSON, not for one read out of a PNG or draw.io,
    // and only for the file's own plan: SARIF finds a node's line by its id, which a proposal's nodes share.
    const located = !loaded.fromImage && loaded.fromDrawio !== true && entry.id === rootId;
    const text = located ? { text: loaded.text } : {};
    const plan = rules === undefined ? entry.plan : withRuleSet(entry.plan, rules);
    const where = named ? `${path}#${entry.name}` : path;
    return { path: where, ok: true, violations: checkPlan(plan), plan: entry.plan, ...text };
  });
}

/** The `--rules` file, or the reason it cannot be used (then nothing is checked: the run would mean something else). */
async function loadRuleSet(path: string): Promise<{ ok: true; rules: RuleSet } | { ok: false; message: string }> {
  let bytes: Uint8Array;
  try {
    bytes = (await readRegularFile(path, MAX_PLAN_BYTES)).bytes;
  } catch (error) {
    return { ok: false, message: `cannot read the rule set: ${describeFileError(error)}` };
  }
  const decoded = decodeUtf8Strict(bytes);
  if (!decoded.ok)
    return { ok: false, message: `the rule set is not valid UTF-8 (bad byte at offset ${decoded.offset})` };
  const parsed = parseRuleSet(decoded.text);
  return parsed.ok ? parsed : { ok: false, message: parsed.problems.join('; ') };
}

/** Whatever goes wrong with one file, even a defect in the core, becomes that file's report; the run goes on. */
async function isolated(
  path: string,
  check: (path: string) => Promise<FileReport | FileReport[]>,
): Promise<FileReport[]> {
  try {
    const reports = await check(path);
    return Array.isArray(reports) ? reports : [reports];
  } catch (error) {
    const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    const message = `internal error while checking this file: ${detail}`;
    return [{ path, ok: false, error: message, problems: [message] }];
  }
}

export async function runCheck(
  command: CheckCommand,
  io: CliIo,
  checkFile?: (path: string) => Promise<FileReport | FileReport[]>,
): Promise<number> {
  let check = checkFile ?? ((path: string) => loadAndCheck(path, io));
  if (command.rules !== undefined && checkFile === undefined) {
    const ruleSet = await loadRuleSet(command.rules);
    if (!ruleSet.ok) {
      io.err(terminalText(`org-planner: ${command.rules}: ${ruleSet.message}`));
      return EXIT_INVALID;
    }
    check = (path) => loadAndCheck(path, io, ruleSet.rules);
  }
  const reports: FileReport[] = [];
  const summary: Summary = { errors: 0, warnings: 0, infos: 0, invalidFiles: 0 };
  for (const path of command.files)
    for (const report of await isolated(path, check)) {
      reports.push(report);
      if (!report.ok) {
        summary.invalidFiles++;
        continue;
      }
      const counts = summarizeViolations(report.violations);
      summary.errors += counts.errors;
      summary.warnings += counts.warnings;
      summary.infos += counts.infos;
    }
  if (command.format === 'json') printJson(reports, summary, command, io);
  else if (command.format === 'sarif')
    io.out(JSON.stringify(checkToSarif(checkedFiles(reports, command), { toolVersion: version }), null, 2));
  else if (command.format === 'junit') io.out(checkToJunit(checkedFiles(reports, command)).trimEnd());
  else printText(reports, summary, command, io);
  if (summary.invalidFiles > 0) return EXIT_INVALID;
  const tooManyWarnings = command.maxWarnings !== undefined && summary.warnings > command.maxWarnings;
  return summary.errors > 0 || tooManyWarnings ? EXIT_PROBLEMS : EXIT_OK;
}
