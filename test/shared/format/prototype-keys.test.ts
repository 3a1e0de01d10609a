/**
 * Unknown fields named like Object.prototype members survive a save (issue 11, item 8): the serializer
 * tested `key in out`, which also sees the prototype, so `toString`, `valueOf` and `hasOwnProperty` were
 * dropped. `__proto__`, `constructor` and `prototype` stay refused by name (docs/format.md).
 */
import { describe, expect, it } from 'vitest';
import { parsePlan } from '@shared/format/parse';
import { serializePlan } from '@shared/format/serialize';
import { formatProblem } from '@shared/model/problems';

const NAMES = ['toString', 'valueOf', 'hasOwnProperty', 'isPrototypeOf', 'toLocaleString'];
const fields = Object.fromEntries(NAMES.map((name, index) => [name, index]));

const document = {
  format: 'org-planner',
  version: 2,
  nodes: [{ id: 'a', kind: 'pm', name: 'A', position: { x: 1, y: 2 }, ...fields }],
  edges: [{ id: 'e', kind: 'reports-to', source: 'a', target: 'a', ...fields }],
  rules: { 'span-of-control': { max: 3, ...fields }, toString: { enabled: false, ...fields } },
  waivers: [{ ruleId: 'r', nodeId: 'a', reason: 'ok', ...fields }],
  layout: { style: 'tree', ...fields },
  ...fields,
};

describe('unknown fields named like Object.prototype members', () => {
  it('survive a load and a save at every level that keeps unknown fields', () => {
    const loaded = parsePlan(JSON.stringify(document));
    if (!loaded.ok) throw new Error(loaded.errors.map(formatProblem).join('\n'));
    const saved: unknown = JSON.parse(serializePlan(loaded.plan));
    expect(saved).toEqual(document);
  });

  it('__proto__, constructor and prototype are refused by name, wherever they are', () => {
    for (const key of ['__proto__', 'constructor', 'prototype']) {
      const text = `{"format":"org-planner","version":1,"nodes":[],"edges":[],"x":{"deep":[{${JSON.stringify(key)}:1}]}}`;
      const result = parsePlan(text);
      expect(result.ok || result.errors.map(formatProblem)).toEqual([`x.deep[0].${key}: this key is not allowed`]);
    }
  });
});
