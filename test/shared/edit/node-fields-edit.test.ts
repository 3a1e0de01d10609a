import { describe, expect, it } from 'vitest';
import { editNodeField, type FieldEdit } from '@shared/edit/node-fields-edit';
import { parsePlan } from '@shared/format/parse';
import { serializePlan } from '@shared/format/serialize';
import { MAX_NODE_FIELDS } from '@shared/model/limits';
import { emptyPlan, type Plan } from '@shared/model/types';

const plan = (fields?: Record<string, string>): Plan => ({
  ...emptyPlan('P'),
  nodes: [{ id: 'a', kind: 'person', name: 'Ada', ...(fields !== undefined && { fields }) }],
});

function edited(start: Plan, edit: FieldEdit): Record<string, string> | undefined {
  const result = editNodeField(start, 'a', edit);
  if (!result.ok) throw new Error(result.reason);
  return result.plan.nodes[0]?.fields;
}

function refusal(start: Plan, edit: FieldEdit): string {
  const result = editNodeField(start, 'a', edit);
  if (result.ok) throw new Error('expected a refusal');
  return result.reason;
}

describe('editNodeField', () => {
  it('sets a value, adding a field at the end, and keeps the order of the others', () => {
    const start = plan({ department: 'Sales', location: 'Berlin' });
    expect(edited(start, { op: 'set', name: 'department', value: 'Legal' })).toEqual({
      department: 'Legal',
      location: 'Berlin',
    });
    expect(Object.keys(edited(start, { op: 'set', name: ' email ', value: 'a@b' }) ?? {})).toEqual([
      'department',
      'location',
      'email',
    ]);
    expect(edited(plan(), { op: 'set', name: 'toString', value: 'x' })).toEqual({ toString: 'x' });
  });

  it('renames a field where it is, and refuses a name already used', () => {
    const start = plan({ department: 'Sales', location: 'Berlin' });
    expect(Object.entries(edited(start, { op: 'rename', name: 'department', to: 'team' }) ?? {})).toEqual([
      ['team', 'Sales'],
      ['location', 'Berlin'],
    ]);
    expect(refusal(start, { op: 'rename', name: 'department', to: 'location' })).toBe(
      'There is already a field “location”.',
    );
  });

  it('removes a field, and the fields key with the last one', () => {
    const start = plan({ department: 'Sales' });
    const result = editNodeField(start, 'a', { op: 'remove', name: 'department' });
    expect(result.ok && 'fields' in (result.plan.nodes[0] ?? {})).toBe(false);
  });

  it('keeps the format limits: names, values, and at most 32 fields', () => {
    const start = plan({ department: 'Sales' });
    expect(refusal(start, { op: 'set', name: '  ', value: 'x' })).toBe('A field name cannot be empty.');
    expect(refusal(start, { op: 'rename', name: 'department', to: '__proto__' })).toBe('This key is not allowed.');
    expect(refusal(start, { op: 'set', name: 'n'.repeat(101), value: '' })).toBe(
      'A field name is at most 100 characters.',
    );
    expect(refusal(start, { op: 'set', name: 'notes', value: 'x'.repeat(1001) })).toBe(
      'A field value is at most 1,000 characters.',
    );
    const full = plan(Object.fromEntries(Array.from({ length: MAX_NODE_FIELDS }, (_, i) => [`f${i}`, 'v'])));
    expect(refusal(full, { op: 'set', name: 'one more', value: 'v' })).toBe('A card holds at most 32 fields.');
    expect(edited(full, { op: 'set', name: 'f0', value: 'w' })?.f0).toBe('w');
  });

  it('leaves the plan as it is when nothing changes, and what it makes saves and opens again', () => {
    const start = plan({ department: 'Sales' });
    const same = editNodeField(start, 'a', { op: 'set', name: 'department', value: 'Sales' });
    expect(same.ok && same.plan).toBe(start);
    const result = editNodeField(start, 'a', { op: 'rename', name: 'department', to: 'constructorName' });
    if (!result.ok) throw new Error(result.reason);
    const back = parsePlan(serializePlan(result.plan));
    expect(back.ok && back.plan.nodes[0]?.fields).toEqual({ constructorName: 'Sales' });
  });

  describe('renaming a field the cards show (layout.cardFields)', () => {
    const twoPeople = (bo: Record<string, string>, cardFields: string[]): Plan => ({
      ...emptyPlan('P'),
      nodes: [
        { id: 'a', kind: 'person', name: 'Ada', fields: { location: 'Berlin', department: 'Sales' } },
        { id: 'b', kind: 'person', name: 'Bo', fields: bo },
      ],
      layout: { style: 'tree', cardFields },
    });
    const cardFieldsAfter = (start: Plan, to: string): readonly string[] | undefined => {
      const result = editNodeField(start, 'a', { op: 'rename', name: 'location', to });
      if (!result.ok) throw new Error(result.reason);
      return result.plan.layout?.cardFields;
    };

    it('renames it in cardFields where it was when no one else has the old name, so the card still shows it', () => {
      const start = twoPeople({ department: 'Legal' }, ['department', 'location']);
      expect(cardFieldsAfter(start, ' office ')).toEqual(['department', 'office']);
      expect(cardFieldsAfter(twoPeople({ office: 'Rome' }, ['location', 'office']), 'office')).toEqual(['office']);
    });

    it('keeps the old name for the others who still have it and shows the new one after it, when there is room', () => {
      expect(cardFieldsAfter(twoPeople({ location: 'Oslo' }, ['location', 'department']), 'office')).toEqual([
        'location',
        'office',
        'department',
      ]);
      const full = twoPeople({ location: 'Oslo' }, ['location', 'department', 'grade']);
      expect(cardFieldsAfter(full, 'office')).toEqual(['location', 'department', 'grade']);
    });

    it('leaves the layout object alone when the renamed field is not on the cards', () => {
      const start = twoPeople({}, ['department']);
      const result = editNodeField(start, 'a', { op: 'rename', name: 'location', to: 'office' });
      expect(result.ok && result.plan.layout).toBe(start.layout);
      const removed = editNodeField(start, 'a', { op: 'remove', name: 'department' });
      expect(removed.ok && removed.plan.layout).toBe(start.layout);
    });
  });
});
