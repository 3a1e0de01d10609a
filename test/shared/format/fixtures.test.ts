/**
 * The frozen fixtures of every format version (test/fixtures/format/README.md): byte for byte unchanged, and
 * every one of them loads, today and in every later build, with its unknown fields kept through a save.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPlanBytes } from '@shared/format/plan-bytes';
import { parsePlan } from '@shared/format/parse';
import { serializePlan } from '@shared/format/serialize';
import { EDGE_KEYS } from '@shared/model/edge';
import { isJsonObject, type JsonValue } from '@shared/model/json';
import { NODE_KEYS } from '@shared/model/node';
import { PLAN_KEYS } from '@shared/model/plan';
import { PLAN_LAYOUT_KEYS } from '@shared/model/plan-layout';
import { formatProblem } from '@shared/model/problems';
import { RULE_CONFIG_KEYS } from '@shared/model/rule-config';
import { WAIVER_KEYS } from '@shared/model/waiver';

const ROOT = join(process.cwd(), 'test/fixtures/format');
const VERSIONS = ['v1', 'v2', 'v3'];
const SUMS = 'SHA256SUMS';
const filesOf = (dir: string): string[] =>
  readdirSync(dir)
    .filter((name) => name !== SUMS)
    .sort();

function load(dir: string, name: string): { text: string; serialized: string } {
  const result = loadPlanBytes(new Uint8Array(readFileSync(join(dir, name))));
  if (!result.ok) throw new Error(`${name}: ${result.errors.map(formatProblem).join('; ')}`);
  return { text: result.text, serialized: serializePlan(result.plan) };
}

/** Unknown fields of a raw document, keyed by where they are (record kind and id), as sorted JSON. */
function unknownFields(doc: unknown): Map<string, string> {
  const found = new Map<string, string>();
  const collect = (where: string, record: unknown, known: readonly string[]): void => {
    if (!isJsonObject(record)) return;
    const extras = Object.entries(record).filter(([key]) => !known.includes(key));
    if (extras.length > 0) found.set(where, JSON.stringify(extras.sort(([a], [b]) => (a < b ? -1 : 1))));
  };
  if (!isJsonObject(doc)) return found;
  collect('plan', doc, PLAN_KEYS);
  collect('layout', doc.layout, PLAN_LAYOUT_KEYS);
  for (const node of (doc.nodes ?? []) as JsonValue[]) collect(`node ${(node as { id: string }).id}`, node, NODE_KEYS);
  for (const edge of (doc.edges ?? []) as JsonValue[]) collect(`edge ${(edge as { id: string }).id}`, edge, EDGE_KEYS);
  for (const [ruleId, config] of Object.entries(isJsonObject(doc.rules) ? doc.rules : {})) {
    collect(`rule ${ruleId}`, config, RULE_CONFIG_KEYS);
  }
  for (const waiver of (doc.waivers ?? []) as { ruleId: string; nodeId: string }[]) {
    collect(`waiver ${waiver.ruleId} ${waiver.nodeId}`, waiver, WAIVER_KEYS);
  }
  return found;
}

for (const version of VERSIONS) {
  const DIR = join(ROOT, version);
  const files = filesOf(DIR);
  describe(`frozen format fixtures (${version})`, () => {
    it('are byte for byte what SHA256SUMS lists, no file more or less', () => {
      const listed = readFileSync(join(DIR, SUMS), 'utf8')
        .trim()
        .split('\n')
        .map((line) => {
          const [hash, name] = line.split(/ {2}/);
          return [name, hash];
        });
      const actual = files.map((name) => [
        name,
        createHash('sha256')
          .update(readFileSync(join(DIR, name)))
          .digest('hex'),
      ]);
      expect(actual).toEqual(listed);
    });

    for (const name of files) {
      it(`${name} loads, and a save keeps its unknown fields`, () => {
        const { text, serialized } = load(DIR, name);
        expect(unknownFields(JSON.parse(serialized))).toEqual(unknownFields(JSON.parse(text.replace(/^\ufeff/, ''))));
        // A saved plan is stable: loading and saving it again changes nothing.
        const again = parsePlan(serialized);
        expect(again.ok && serializePlan(again.plan)).toBe(serialized);
      });
    }
  });
}

describe('frozen format fixtures', () => {
  it('include unknown fields at every level and fields named like Object.prototype members', () => {
    const { serialized } = load(join(ROOT, 'v1'), 'unknown-fields.orgplan.json');
    const kept = unknownFields(JSON.parse(serialized));
    expect([...kept.keys()].sort()).toEqual([
      'edge e',
      'node a',
      'node b',
      'plan',
      'rule future-rule',
      'rule span-of-control',
      'waiver span-of-control a',
    ]);
    expect(kept.get('plan')).toContain('"toString"');
    expect(kept.get('node a')).toContain('"hasOwnProperty"');
  });
});
