/**
 * The loader reads most nodes and edges through a fast path (readPlainNode, readPlainEdge, readPlainFields) and
 * falls back to the reporting validators for anything else. The fast path must never accept what the validator
 * refuses, and what it accepts must be exactly what the validator gives, key order included.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readEdge, readPlainEdge } from '@shared/model/edge';
import { readNode, readPlainNode } from '@shared/model/node';
import { arePlainFields, readNodeFields } from '@shared/model/node-fields';
import { ProblemList } from '@shared/model/problems';
import { EDGE_KINDS, NODE_KINDS } from '@shared/model/types';
import { serializePlan } from '@shared/format/serialize';
import { NODE_KEYS } from '@shared/model/node';
import { EDGE_KEYS } from '@shared/model/edge';
import { planArbitrary } from '../arbitraries';

const KNOWN: ReadonlySet<string> = new Set([...NODE_KEYS, ...EDGE_KEYS]);
const hasExtra = (record: unknown): boolean => Object.keys(record as object).some((key) => !KNOWN.has(key));

/** Values as JSON.parse gives them: own `__proto__` keys included, which an object literal cannot make. */
const parsed = (json: string): unknown => JSON.parse(json);
/** A generated value as a file would give it (fast-check's records have no prototype; JSON.parse's objects do). */
const asParsed = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

const text = fc.oneof(fc.string({ maxLength: 6 }), fc.constantFrom('', ' ', 'x'.repeat(1001)));
const anyScalar = fc.oneof(text, fc.integer(), fc.double(), fc.boolean(), fc.constant(null));
const fieldsValue = fc
  .oneof(
    fc.dictionary(fc.string({ maxLength: 4 }), text, { maxKeys: 4 }),
    fc.dictionary(fc.string({ maxLength: 4 }), anyScalar, { maxKeys: 4 }),
    fc.constantFrom(
      parsed('{"__proto__":"a"}'),
      parsed('{"constructor":"a","toString":"b"}'),
      Object.fromEntries(Array.from({ length: 33 }, (_, i) => [`f${i}`, 'v'])),
      Object.fromEntries(Array.from({ length: 32 }, (_, i) => [`f${i}`, 'v'])),
      { ['n'.repeat(101)]: 'v' },
      [],
    ),
    anyScalar,
  )
  .map(asParsed);

const nodeLike = fc
  .record(
    {
      id: fc.oneof(fc.string({ maxLength: 3 }), fc.integer()),
      kind: fc.oneof(fc.constantFrom(...NODE_KINDS, 'boss'), anyScalar),
      name: fc.oneof(fc.string({ maxLength: 3 }), anyScalar),
      title: anyScalar,
      level: fc.oneof(fc.integer(), fc.double(), anyScalar),
      scope: fc.oneof(fc.constantFrom('internal', 'external', 'elsewhere'), anyScalar),
      position: fc.oneof(
        fc.record({ x: fc.double(), y: fc.double() }),
        fc.record({ x: fc.integer(), y: fc.integer(), z: fc.integer() }, { requiredKeys: [] }),
        anyScalar,
      ),
      vacant: fc.oneof(fc.boolean(), anyScalar),
      notes: anyScalar,
      fields: fieldsValue,
      'x-extra': anyScalar,
    },
    { requiredKeys: [] },
  )
  .map(asParsed);

const edgeLike = fc
  .record(
    {
      id: fc.oneof(fc.string({ maxLength: 3 }), anyScalar),
      kind: fc.oneof(fc.constantFrom(...EDGE_KINDS, 'manages'), anyScalar),
      source: fc.oneof(fc.string({ maxLength: 3 }), anyScalar),
      target: fc.oneof(fc.string({ maxLength: 3 }), anyScalar),
      'x-extra': anyScalar,
    },
    { requiredKeys: [] },
  )
  .map(asParsed);

/** What the reporting validator gives, when it gives it without a problem. */
function validated<T>(read: (problems: ProblemList) => T | undefined): T | undefined {
  const problems = new ProblemList();
  const value = read(problems);
  return problems.isEmpty ? value : undefined;
}

/** Equal values with their keys in the same order (the serializer writes them in that order). */
function expectSame(fast: unknown, full: unknown): void {
  expect(fast).toStrictEqual(full);
  expect(JSON.stringify(fast)).toBe(JSON.stringify(full));
}

describe('the fast path of the loader', () => {
  it('accepts a node only when readNode accepts it, and gives the same node', () => {
    fc.assert(
      fc.property(nodeLike, (value) => {
        const fast = readPlainNode(value);
        if (fast !== undefined)
          expectSame(
            fast,
            validated((problems) => readNode(value, 'n', problems)),
          );
      }),
      { numRuns: 3000 },
    );
  });

  it('accepts an edge only when readEdge accepts it, and gives the same edge', () => {
    fc.assert(
      fc.property(edgeLike, (value) => {
        const fast = readPlainEdge(value);
        if (fast !== undefined)
          expectSame(
            fast,
            validated((problems) => readEdge(value, 'e', problems)),
          );
      }),
      { numRuns: 2000 },
    );
  });

  it('takes fields as plain only when readNodeFields accepts them, as an equal copy', () => {
    fc.assert(
      fc.property(fieldsValue, (fields) => {
        if (!arePlainFields(fields as never)) return;
        const full = validated((problems) => readNodeFields({ fields } as never, 'n', problems));
        expectSame(fields, full);
        expect(full).not.toBe(fields);
      }),
      { numRuns: 2000 },
    );
  });

  it('keeps a parsed record in the validator’s key order as it is, and copies one in another order', () => {
    const ordered = parsed('{"id":"a","kind":"stakeholder","name":"A","scope":"internal","position":{"x":1,"y":2}}');
    expect(readPlainNode(ordered)).toBe(ordered);
    const shuffled = parsed('{"kind":"pm","id":"a","name":"A","position":{"y":2,"x":1}}');
    const node = readPlainNode(shuffled);
    expect(node).not.toBe(shuffled);
    expectSame(
      node,
      validated((problems) => readNode(shuffled, 'n', problems)),
    );
    const edge = parsed('{"id":"e","kind":"engages","source":"a","target":"b"}');
    expect(readPlainEdge(edge)).toBe(edge);
    const reversed = parsed('{"target":"b","source":"a","kind":"engages","id":"e"}');
    expect(readPlainEdge(reversed)).not.toBe(reversed);
    expectSame(readPlainEdge(reversed), { id: 'e', kind: 'engages', source: 'a', target: 'b' });
  });

  it('leaves a node with an own __proto__ key to readNode, which refuses it', () => {
    const value = parsed('{"id":"a","kind":"pm","name":"A","__proto__":{}}');
    expect(readPlainNode(value)).toBeUndefined();
    expect(validated((problems) => readNode(value, 'n', problems))).toBeUndefined();
  });

  it('reads every node and edge of a valid plan without the reporting validators', () => {
    fc.assert(
      fc.property(planArbitrary(), (plan) => {
        const saved = JSON.parse(serializePlan(plan)) as { nodes: unknown[]; edges: unknown[] };
        // Plans with unknown fields keep them as extras, which only the reporting validators pick up.
        for (const node of saved.nodes) if (!hasExtra(node)) expect(readPlainNode(node)).toBeDefined();
        for (const edge of saved.edges) if (!hasExtra(edge)) expect(readPlainEdge(edge)).toBeDefined();
      }),
      { numRuns: 100 },
    );
  });
});
