import { describe, expect, it } from 'vitest';
import { parsePlan } from '@shared/format/parse';
import { serializePlan } from '@shared/format/serialize';
import { updateNode } from '@shared/edit';
import { MAX_FIELD_NAME_LENGTH, MAX_FIELD_VALUE_LENGTH, MAX_NODE_FIELDS } from '@shared/model/limits';
import type { Plan } from '@shared/model/types';

function planWithFields(fields: unknown): string {
  return JSON.stringify({
    format: 'org-planner',
    version: 1,
    nodes: [{ id: 'a', kind: 'person', name: 'Ann', fields }],
    edges: [],
  });
}

function errorsOf(text: string): string[] {
  const result = parsePlan(text);
  return result.ok ? [] : result.errors.map((problem) => `${problem.path}: ${problem.message}`);
}

describe('node fields', () => {
  it('round-trip through a save, names such as toString included', () => {
    const text = planWithFields({ department: 'Sales', 'E-mail': 'ann@example.com', toString: 'x' });
    const loaded = parsePlan(text);
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    expect(loaded.plan.nodes[0]?.fields).toEqual({ department: 'Sales', 'E-mail': 'ann@example.com', toString: 'x' });
    const saved = serializePlan(loaded.plan);
    const again = parsePlan(saved);
    expect(again.ok && again.plan.nodes[0]?.fields).toEqual(loaded.plan.nodes[0]?.fields);
    expect(again.ok && serializePlan(again.plan)).toBe(saved);
  });

  it('survive an edit of the node', () => {
    const plan: Plan = JSON.parse(planWithFields({ office: 'Berlin' })) as Plan;
    const edited = updateNode(plan, 'a', { name: 'Anna' });
    expect(edited.ok && edited.plan.nodes[0]?.fields).toEqual({ office: 'Berlin' });
  });

  it('refuse values that are not text, and names or values over the limits', () => {
    expect(errorsOf(planWithFields('Sales'))).toEqual([
      'nodes[0].fields: expected an object of text values { "name": "text" }',
    ]);
    expect(errorsOf(planWithFields({ size: 3 }))).toEqual(['nodes[0].fields.size: expected a string']);
    expect(errorsOf(planWithFields({ '': 'x' }))).toHaveLength(1);
    expect(errorsOf(planWithFields({ ['n'.repeat(MAX_FIELD_NAME_LENGTH + 1)]: 'x' }))).toHaveLength(1);
    expect(errorsOf(planWithFields({ note: 'v'.repeat(MAX_FIELD_VALUE_LENGTH + 1) }))).toEqual([
      `nodes[0].fields.note: at most ${MAX_FIELD_VALUE_LENGTH} characters, found ${MAX_FIELD_VALUE_LENGTH + 1}`,
    ]);
    const many = Object.fromEntries(Array.from({ length: MAX_NODE_FIELDS + 1 }, (_, i) => [`f${i}`, 'x']));
    expect(errorsOf(planWithFields(many))).toEqual([
      `nodes[0].fields: at most ${MAX_NODE_FIELDS} fields, found ${MAX_NODE_FIELDS + 1}`,
    ]);
  });

  it('refuse prototype keys by name', () => {
    const text = `{"format":"org-planner","version":1,"nodes":[{"id":"a","kind":"person","name":"A","fields":{"constructor":"x"}}],"edges":[]}`;
    expect(errorsOf(text).join('\n')).toContain('constructor');
  });
});
