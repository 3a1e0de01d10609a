/**
 * Plans built to hurt the loader (issue 11, items 1 and 8): deep nesting, duplicate keys. Each must come
 * back as a refusal naming the path, never as an exception.
 */
import { describe, expect, it } from 'vitest';
import { parsePlan } from '@shared/format/parse';
import { MAX_NESTING_DEPTH } from '@shared/model/limits';
import { formatProblem } from '@shared/model/problems';

const HEAD = '{"format":"org-planner","version":1,"edges":[],';

function messages(text: string): string[] {
  const result = parsePlan(text);
  if (result.ok) throw new Error('expected the file to be refused');
  return result.errors.map(formatProblem);
}

/** `levels` nested arrays around a zero, built as text (no recursion, no deep value in the test either). */
const nestedArrays = (levels: number): string => `${'['.repeat(levels)}0${']'.repeat(levels)}`;
const nestedObjects = (levels: number): string => `${'{"a":'.repeat(levels)}0${'}'.repeat(levels)}`;

/** Every place that keeps unknown values, as a document with `value` there under the key `x`. */
const PLACES: Record<string, (value: string) => string> = {
  'top level': (value) => `${HEAD}"nodes":[],"x":${value}}`,
  node: (value) => `${HEAD}"nodes":[{"id":"a","kind":"pm","name":"A","x":${value}}]}`,
  position: (value) => `${HEAD}"nodes":[{"id":"a","kind":"pm","name":"A","position":{"x":1,"y":2,"z":${value}}}]}`,
  edge: (value) =>
    `{"format":"org-planner","version":1,"nodes":[{"id":"a","kind":"pm","name":"A"}],"edges":[{"id":"e","kind":"reports-to","source":"a","target":"a","x":${value}}]}`,
  'rule option': (value) => `${HEAD}"nodes":[],"rules":{"span-of-control":{"max":3,"x":${value}}}}`,
  'unknown rule': (value) => `${HEAD}"nodes":[],"rules":{"future-rule":{"x":${value}}}}`,
  waiver: (value) => `${HEAD}"nodes":[],"waivers":[{"ruleId":"r","nodeId":"n","reason":"ok","x":${value}}]}`,
};

describe('deeply nested unknown values', () => {
  for (const [place, build] of Object.entries(PLACES)) {
    it(`are kept up to ${MAX_NESTING_DEPTH} levels and refused with their path past that (${place})`, () => {
      expect(parsePlan(build(nestedArrays(MAX_NESTING_DEPTH))).ok).toBe(true);
      expect(parsePlan(build(nestedObjects(MAX_NESTING_DEPTH))).ok).toBe(true);
      const [message] = messages(build(nestedArrays(MAX_NESTING_DEPTH + 1)));
      expect(message).toMatch(new RegExp(`\\b[xz](\\[0\\]){${MAX_NESTING_DEPTH - 1},}: nested deeper than 64 levels$`));
    });

    it(`thousands of levels deep end in a refusal, not an internal error (${place})`, () => {
      // Before the fix: ~2,150 nested arrays or ~4,750 nested objects overflowed checkKeysDeep's recursion.
      for (const value of [nestedArrays(5_000), nestedObjects(5_000)]) {
        expect(messages(build(value)).join()).toMatch(/nested deeper than 64 levels/);
      }
    });
  }

  it('100,000 nested arrays are refused without a RangeError from JSON.parse', () => {
    // The path stops at the level that crossed the limit: the document's own 6 levels (a scenario's node's
    // position, format 3) plus 64.
    expect(messages(nestedArrays(100_000))).toEqual([`${'[0]'.repeat(70)}: nested deeper than 64 levels`]);
  });

  it('brackets inside strings do not count as nesting', () => {
    const text = `${HEAD}"nodes":[],"x":${JSON.stringify('[{"'.repeat(10_000))}}`;
    expect(parsePlan(text).ok).toBe(true);
  });
});

describe('duplicate keys', () => {
  it('"nodes" twice is refused with its path', () => {
    expect(messages(`${HEAD}"nodes":[],"nodes":[{"id":"a","kind":"pm","name":"A"}]}`)).toEqual([
      'nodes: this key appears more than once in the same object',
    ]);
  });

  it('"enabled":true,"enabled":false in a rule setting is refused with its path', () => {
    expect(messages(`${HEAD}"nodes":[],"rules":{"po-in-team":{"enabled":true,"enabled":false}}}`)).toEqual([
      'rules.po-in-team.enabled: this key appears more than once in the same object',
    ]);
  });

  it('are found deep inside arrays, with the array index in the path', () => {
    const text = `${HEAD}"nodes":[{"id":"a","kind":"pm","name":"A"},{"id":"b","kind":"pm","name":"B","name":"C"}]}`;
    expect(messages(text)).toEqual(['nodes[1].name: this key appears more than once in the same object']);
  });

  it('are compared as decoded, so an escaped spelling of the same key counts', () => {
    expect(messages(`${HEAD}"nodes":[],"x":{"id":1,"\\u0069d":2}}`)).toEqual([
      'x.id: this key appears more than once in the same object',
    ]);
  });

  it('are found among thousands of keys of one object', () => {
    const keys = Array.from({ length: 5_000 }, (_, i) => `"k${i}":${i}`);
    const text = `${HEAD}"nodes":[],"x":{${keys.join(',')},"k4321":0}}`;
    expect(messages(text)).toEqual(['x.k4321: this key appears more than once in the same object']);
  });

  it('the same key in sibling objects, or as a string value, is not a duplicate', () => {
    const text = `${HEAD}"nodes":[{"id":"a","kind":"pm","name":"id"},{"id":"b","kind":"pm","name":"\\"id\\""}],"x":{"a":{"b":1},"b":{"a":2}}}`;
    expect(parsePlan(text).ok).toBe(true);
  });

  it('an escaped spelling is the same key whichever comes first, and a different key is not', () => {
    expect(messages(`${HEAD}"nodes":[],"x":{"ab":1,"a\\u0062":2}}`)).toEqual([
      'x.ab: this key appears more than once in the same object',
    ]);
    expect(messages(`${HEAD}"nodes":[],"x":{"a\\u0062":1,"ab":2}}`)).toEqual([
      'x.ab: this key appears more than once in the same object',
    ]);
    expect(parsePlan(`${HEAD}"nodes":[],"x":{"a\\u0062":1,"ac":2,"a":3,"abc":4}}`).ok).toBe(true);
  });

  it('keys that differ only in length, or hold escaped quotes, are told apart', () => {
    expect(parsePlan(`${HEAD}"nodes":[],"x":{"id":1,"idx":2,"i":3,"\\"":4,"\\\\":5}}`).ok).toBe(true);
    expect(messages(`${HEAD}"nodes":[],"x":{"a\\"b":1,"a\\"b":2}}`)).toEqual([
      'x["a\\"b"]: this key appears more than once in the same object',
    ]);
  });

  it('are found at depth, inside arrays of objects, and only within their own object', () => {
    expect(messages(`${HEAD}"nodes":[],"x":[0,{"a":{"b":[{"c":1,"d":2,"c":3}]}}]}`)).toEqual([
      'x[1].a.b[0].c: this key appears more than once in the same object',
    ]);
    const many = Array.from({ length: 20 }, (_, i) => `"k${i}":${i}`).join(',');
    // An inner object with more keys than the short list compares, closed before its parent goes on.
    expect(parsePlan(`${HEAD}"nodes":[],"x":{"k0":{${many}},"k1":{"k0":0},"k2":2}}`).ok).toBe(true);
    expect(messages(`${HEAD}"nodes":[],"x":{"k0":{${many}},"k1":1,"k0":2}}`)).toEqual([
      'x.k0: this key appears more than once in the same object',
    ]);
  });

  it('an escaped key among many keys is compared as decoded', () => {
    const many = Array.from({ length: 20 }, (_, i) => `"k${i}":${i}`).join(',');
    expect(messages(`${HEAD}"nodes":[],"x":{${many},"k\\u0031":0}}`)).toEqual([
      'x.k1: this key appears more than once in the same object',
    ]);
    expect(messages(`${HEAD}"nodes":[],"x":{"k\\u0031":0,${many}}}`)).toEqual([
      'x.k1: this key appears more than once in the same object',
    ]);
  });

  it('are refused after a byte order mark as without one', () => {
    expect(parsePlan(`\ufeff${HEAD}"nodes":[]}`).ok).toBe(true);
    expect(messages(`\ufeff${HEAD}"nodes":[],"nodes":[]}`)).toEqual([
      'nodes: this key appears more than once in the same object',
    ]);
  });

  it('strings holding brackets, quotes and backslashes do not open levels or end early', () => {
    const text = `${HEAD}"nodes":[],"x":{"a":"\\"[{\\\\","b":"}]","a":1}}`;
    expect(messages(text)).toEqual(['x.a: this key appears more than once in the same object']);
  });

  it('syntax errors are still reported by JSON.parse', () => {
    expect(messages(`${HEAD}"nodes":[`)[0]).toMatch(/^not valid JSON/);
    expect(messages('{"a":"unterminated')[0]).toMatch(/^not valid JSON/);
  });
});
