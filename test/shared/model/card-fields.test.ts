/** `layout.cardFields` (format 2, docs/format.md): validated, written, read back; older files have none. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePlan } from '@shared/format/parse';
import { serializePlan } from '@shared/format/serialize';
import { renamePlan } from '@shared/edit';
import { formatProblem } from '@shared/model/problems';
import { emptyPlan, type Plan } from '@shared/model/types';

const doc = (layout: unknown): string =>
  JSON.stringify({ format: 'org-planner', version: 2, nodes: [], edges: [], layout });

function refused(layout: unknown): string[] {
  const result = parsePlan(doc(layout));
  if (result.ok) throw new Error('expected a refusal');
  return result.errors.map(formatProblem);
}

describe('layout.cardFields', () => {
  it('reads up to three distinct field names, in order', () => {
    const result = parsePlan(doc({ style: 'tree', cardFields: ['location', 'department', 'toString'] }));
    expect(result.ok && result.plan.layout).toEqual({
      style: 'tree',
      cardFields: ['location', 'department', 'toString'],
    });
  });

  it('refuses what is not a short list of distinct field names, naming the path', () => {
    expect(refused({ cardFields: 'department' })).toEqual(['layout.cardFields: expected an array of field names']);
    expect(refused({ cardFields: ['a', 'b', 'c', 'd'] })).toEqual([
      'layout.cardFields: at most 3 field names, found 4',
    ]);
    expect(refused({ cardFields: ['a', 'a'] })).toEqual(['layout.cardFields[1]: "a" is listed twice']);
    expect(refused({ cardFields: [1, ''] })).toEqual([
      'layout.cardFields[0]: expected a string',
      'layout.cardFields[1]: a field name cannot be empty',
    ]);
    expect(refused({ cardFields: ['x'.repeat(101)] })).toEqual([
      'layout.cardFields[0]: a field name is at most 100 characters',
    ]);
  });

  it('survives a save and a load (round trip), after the other layout keys', () => {
    const plan: Plan = { ...emptyPlan('P'), layout: { relayoutOnCollapse: true, cardFields: ['department'] } };
    const text = serializePlan(plan);
    expect(text).toMatch(/"relayoutOnCollapse": true,\s+"cardFields": \[\s*"department"\s*\]/);
    const back = parsePlan(text);
    expect(back.ok && back.plan.layout).toEqual(plan.layout);
    expect(back.ok && serializePlan(back.plan)).toBe(text);
  });

  it('is absent from a frozen version-2 file, which still saves byte-for-byte the same layout', () => {
    const file = join(process.cwd(), 'test/fixtures/format/v2/layout-choice.orgplan.json');
    const result = parsePlan(readFileSync(file, 'utf8'));
    if (!result.ok) throw new Error('fixture refused');
    expect(result.plan.layout?.cardFields).toBeUndefined();
    const saved = serializePlan(result.plan);
    expect(saved).not.toContain('cardFields');
    // Read into the current model (format 3), written back as the lowest version that holds it.
    expect((JSON.parse(saved) as { version: number }).version).toBe(2);
  });

  it('is kept when the plan is renamed (renamePlan dropped the whole layout record)', () => {
    const plan: Plan = { ...emptyPlan('P'), layout: { style: 'tree', cardFields: ['department'] } };
    expect(renamePlan(plan, 'Q').layout).toEqual(plan.layout);
  });
});
