import { describe, expect, it } from 'vitest';
import { buildDisplayList } from '@shared/render/display-list';
import { emptyPlan, type Plan, type PlanNode } from '@shared/model/types';
import { cardFieldLines, fieldNameCounts, toggleCardField } from '@shared/view/card-fields';

const person = (id: string, fields?: Record<string, string>, kind: PlanNode['kind'] = 'person'): PlanNode => ({
  id,
  kind,
  name: `Name ${id}`,
  title: 'Engineer',
  position: { x: 0, y: Number(id.slice(1)) * 200 },
  ...(kind === 'stakeholder' && { scope: 'internal' as const }),
  ...(fields !== undefined && { fields }),
});

const plan = (cardFields?: string[]): Plan => ({
  ...emptyPlan('P'),
  nodes: [
    person('p1', { department: 'Sales', location: 'Berlin' }),
    person('p2', { department: 'Sales', email: '' }),
    person('p3'),
    person('p4', { department: 'Legal' }, 'stakeholder'),
  ],
  ...(cardFields !== undefined && { layout: { cardFields } }),
});

describe('card fields', () => {
  it('counts the nodes holding a value for each field name, most common first', () => {
    expect(fieldNameCounts(plan())).toEqual([
      { name: 'department', count: 3 },
      { name: 'location', count: 1 },
    ]);
  });

  it('gives a person card the chosen fields it has a value for, in chosen order; not teams or stakeholders', () => {
    const [p1, p2, p3, p4] = plan().nodes as PlanNode[];
    const chosen = ['location', 'department', 'email'];
    expect(cardFieldLines(p1 as PlanNode, chosen)).toEqual([
      { name: 'location', value: 'Berlin' },
      { name: 'department', value: 'Sales' },
    ]);
    expect(cardFieldLines(p2 as PlanNode, chosen)).toEqual([{ name: 'department', value: 'Sales' }]);
    expect(cardFieldLines(p3 as PlanNode, chosen)).toEqual([]);
    expect(cardFieldLines(p4 as PlanNode, chosen)).toEqual([]);
    expect(cardFieldLines(p1 as PlanNode, undefined)).toEqual([]);
  });

  it('switches a field on at the end, off where it is, and refuses a fourth', () => {
    expect(toggleCardField(['a'], 'b')).toEqual(['a', 'b']);
    expect(toggleCardField(['a', 'b', 'c'], 'b')).toEqual(['a', 'c']);
    expect(toggleCardField(['a', 'b', 'c'], 'd')).toBeNull();
  });

  it('draws the chosen fields on the exported cards, inside the card', () => {
    const texts = (p: Plan): string[] =>
      buildDisplayList(p).items.flatMap((item) => (item.kind === 'text' ? [item.text] : []));
    expect(texts(plan())).not.toContain('Berlin');
    const list = buildDisplayList(plan(['location', 'department']));
    const berlin = list.items.find((item) => item.kind === 'text' && item.text === 'Berlin');
    const card = list.cards.find((c) => c.id === 'p1');
    if (berlin?.kind !== 'text' || card === undefined) throw new Error('no field line');
    expect(berlin.y).toBeGreaterThan(card.y + 40);
    expect(berlin.y).toBeLessThanOrEqual(card.y + 84 - 4);
    expect(texts(plan(['location', 'department']))).toContain('Engineer');
  });
});
