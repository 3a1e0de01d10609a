/**
 * SARIF output against the official SARIF 2.1.0 schema (test/fixtures/sarif,
 * source in test/fixtures/README.md), plus what GitHub code scanning relies
 * on: rule metadata, levels, the line of the node, suppressions.
 */
import { readFileSync } from 'node:fs';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { pathToUriReference } from '@shared/interop/file-uri';
import { checkToSarif, type SarifLog } from '@shared/interop/sarif';
import { RULE_CATALOG } from '@shared/rules/catalog';
import { checkedFixture } from './plan-fixtures';

const schema = JSON.parse(readFileSync('test/fixtures/sarif/sarif-schema-2.1.0.json', 'utf8')) as object;
const ajv = new Ajv({ allErrors: true, strict: false });
addFormats(ajv);
const validate = ajv.compile(schema);

function schemaErrors(log: unknown): string[] {
  return validate(log) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ''}`);
}

const FIXTURES = ['clean', 'errors', 'warnings', 'waived'] as const;

function run(log: SarifLog) {
  const first = log.runs[0];
  if (first === undefined) throw new Error('no run');
  return first;
}

describe('checkToSarif', () => {
  it('validates against the SARIF 2.1.0 schema for every fixture plan and an unreadable file', () => {
    const files = [
      ...FIXTURES.map(checkedFixture),
      { ok: false as const, path: 'plans/broken plan.orgplan.json', error: 'not JSON' },
    ];
    expect(schemaErrors(checkToSarif(files, { toolVersion: '0.1.0' }))).toEqual([]);
  });

  it('is caught by the schema when a result is malformed (the validator is not vacuous)', () => {
    const log = checkToSarif([checkedFixture('errors')], { toolVersion: '0.1.0' });
    const broken = JSON.parse(JSON.stringify(log)) as { runs: { results: { level: string }[] }[] };
    const result = broken.runs[0]?.results[0];
    if (result === undefined) throw new Error('the errors fixture has no result');
    result.level = 'info';
    expect(schemaErrors(broken).length).toBeGreaterThan(0);
  });

  it('describes every catalog rule once, with its summary, fix and the article quote', () => {
    const { rules } = run(checkToSarif([], { toolVersion: '1.2.3' })).tool.driver;
    expect(rules.map((rule) => rule.id)).toEqual(RULE_CATALOG.map((rule) => rule.id));
    for (const info of RULE_CATALOG) {
      const rule = rules.find((r) => r.id === info.id);
      expect(rule?.shortDescription.text).toBe(info.summary);
      expect(rule?.help.text).toContain(info.fixHint);
      if (info.quote !== undefined) {
        expect(rule?.properties.quote).toBe(info.quote);
        expect(rule?.fullDescription.text).toContain(info.quote);
      }
      expect(rule?.defaultConfiguration.level).toBe(
        { error: 'error', warning: 'warning', info: 'note' }[info.defaultSeverity],
      );
    }
  });

  it('gives one result per violation, on the line of its first node, with a logical location per node', () => {
    const file = checkedFixture('errors');
    const { results, tool } = run(checkToSarif([file], { toolVersion: '0.1.0' }));
    expect(results).toHaveLength(file.violations.length);
    const lines = file.text?.split('\n') ?? [];
    for (const [index, violation] of file.violations.entries()) {
      const result = results[index];
      expect(result?.ruleId).toBe(violation.ruleId);
      expect(tool.driver.rules[result?.ruleIndex ?? -1]?.id).toBe(violation.ruleId);
      expect(result?.message.text).toBe(violation.message);
      const location = result?.locations[0];
      expect(location?.physicalLocation.artifactLocation.uri).toBe(file.path);
      const startLine = location?.physicalLocation.region?.startLine ?? 0;
      // The region starts at the node's "{"; the next line names the node.
      expect(lines[startLine]).toContain(`"id": "${violation.nodeIds[0] ?? ''}"`);
      expect(location?.logicalLocations?.map((l) => l.fullyQualifiedName)).toEqual(violation.nodeIds);
      const first = file.plan.nodes.find((node) => node.id === violation.nodeIds[0]);
      expect(location?.logicalLocations?.[0]).toMatchObject({ name: first?.name, kind: first?.kind });
    }
    expect(results.some((r) => r.level === 'error')).toBe(true);
  });

  it('keeps a waived violation as a result with an accepted in-source suppression giving the reason', () => {
    const { results } = run(checkToSarif([checkedFixture('waived')], { toolVersion: '0.1.0' }));
    const waived = results.filter((r) => r.suppressions !== undefined);
    expect(waived.map((r) => r.ruleId)).toEqual(['po-internal-stakeholders-only']);
    expect(waived[0]?.suppressions).toEqual([
      { kind: 'inSource', status: 'accepted', justification: 'Sam runs the Acme pilot until March' },
    ]);
  });

  it('reports an unreadable file as a failed tool execution notification, not a result', () => {
    const log = checkToSarif([{ ok: false, path: 'a.orgplan.json', error: 'not JSON' }], { toolVersion: '0' });
    const { invocations, results } = run(log);
    expect(results).toEqual([]);
    expect(invocations[0]?.executionSuccessful).toBe(false);
    expect(invocations[0]?.toolExecutionNotifications[0]?.message.text).toBe('a.orgplan.json: not JSON');
  });

  it('leaves out the region when the plan came out of a PNG (its lines are not the file’s)', () => {
    const file = { ...checkedFixture('errors'), path: 'chart.png', text: undefined };
    const { results } = run(checkToSarif([file], { toolVersion: '0' }));
    expect(results[0]?.locations[0]?.physicalLocation.region).toBeUndefined();
  });
});

describe('pathToUriReference', () => {
  it('keeps relative paths relative with forward slashes and percent-encoded segments', () => {
    expect(pathToUriReference('./plans/my plan#1.orgplan.json')).toBe('plans/my%20plan%231.orgplan.json');
    expect(pathToUriReference('plans\\org.orgplan.json')).toBe('plans/org.orgplan.json');
  });

  it('turns absolute POSIX and Windows paths into file URIs', () => {
    expect(pathToUriReference('/home/a b/x.json')).toBe('file:///home/a%20b/x.json');
    expect(pathToUriReference('C:\\Users\\x.json')).toBe('file:///C:/Users/x.json');
  });
});
