/**
 * `check --format junit`: the JUnit XML that GitLab, Jenkins and most CI
 * test-report views read. One `testsuite` per plan file, one `testcase` per
 * catalog rule; a rule with unwaived errors fails (one `failure` listing them),
 * warnings and infos are the case's `system-out`, waived ones are not listed.
 * A file that cannot be read is one `load` case with an `error`.
 */
import { escapeXml } from '../render/xml-text';
import { RULE_CATALOG } from '../rules/catalog';
import type { Violation } from '../rules/violation';
import type { CheckedFile } from './checked-file';

interface Counts {
  tests: number;
  failures: number;
  errors: number;
}

function attributes(values: Readonly<Record<string, string | number>>): string {
  return Object.entries(values)
    .map(([name, value]) => ` ${name}="${escapeXml(String(value))}"`)
    .join('');
}

/** Multi-line element text: escapeXml flattens line breaks (it is for card lines), so each line is escaped alone. */
function escapeLines(lines: readonly string[]): string {
  return lines.map(escapeXml).join('\n');
}

function line(v: Violation): string {
  const nodes = v.nodeIds.length > 0 ? ` [${v.nodeIds.join(', ')}]` : '';
  return `${v.severity}: ${v.message}${nodes}`;
}

function caseXml(path: string, ruleId: string, violations: readonly Violation[], counts: Counts): string {
  const shown = violations.filter((v) => v.ruleId === ruleId && v.waived !== true);
  const errors = shown.filter((v) => v.severity === 'error');
  const others = shown.filter((v) => v.severity !== 'error');
  counts.tests++;
  const open = `    <testcase${attributes({ classname: path, name: ruleId })}`;
  if (errors.length === 0 && others.length === 0) return `${open}/>`;
  const parts = [`${open}>`];
  if (errors.length > 0) {
    counts.failures++;
    const message = errors.length === 1 ? (errors[0] as Violation).message : `${errors.length} errors`;
    parts.push(`      <failure${attributes({ message, type: 'error' })}>${escapeLines(errors.map(line))}</failure>`);
  }
  if (others.length > 0) parts.push(`      <system-out>${escapeLines(others.map(line))}</system-out>`);
  parts.push('    </testcase>');
  return parts.join('\n');
}

function suiteXml(file: CheckedFile, total: Counts): string {
  const counts: Counts = { tests: 0, failures: 0, errors: 0 };
  let cases: string[];
  if (file.ok) {
    cases = RULE_CATALOG.map((rule) => caseXml(file.path, rule.id, file.violations, counts));
  } else {
    counts.tests = 1;
    counts.errors = 1;
    cases = [
      `    <testcase${attributes({ classname: file.path, name: 'load' })}>`,
      `      <error${attributes({ message: file.error, type: 'invalid-plan' })}>${escapeLines([file.error])}</error>`,
      '    </testcase>',
    ];
  }
  total.tests += counts.tests;
  total.failures += counts.failures;
  total.errors += counts.errors;
  const head = `  <testsuite${attributes({ name: file.path, tests: counts.tests, failures: counts.failures, errors: counts.errors, skipped: 0 })}>`;
  return [head, ...cases, '  </testsuite>'].join('\n');
}

export function checkToJunit(files: readonly CheckedFile[]): string {
  const total: Counts = { tests: 0, failures: 0, errors: 0 };
  const suites = files.map((file) => suiteXml(file, total));
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites${attributes({ name: 'org-planner check', tests: total.tests, failures: total.failures, errors: total.errors })}>`,
    ...suites,
    '</testsuites>',
    '',
  ].join('\n');
}
