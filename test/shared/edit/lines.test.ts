/** Lines made and removed by name (the inspector): the user's kind and direction, the drag's checks. */
import { describe, expect, it } from 'vitest';
import { addLine, linesFrom, removeLine } from '@shared/edit';
import { edge, node, plan, sequentialIds, smallOrg } from './fixtures';

describe('addLine', () => {
  it('makes each kind of line in the direction named, even a PM reporting to a PO', () => {
    const p = plan([node('m', 'pm'), node('o', 'po'), node('t', 'team'), node('s', 'stakeholder')]);
    const made = (['reports-to', 'dotted-line'] as const).map((kind) => addLine(p, kind, 'm', 'o', sequentialIds()));
    expect(made.map((r) => r.ok && r.plan.edges)).toEqual([
      [edge('e#1', 'reports-to', 'm', 'o')],
      [edge('e#1', 'dotted-line', 'm', 'o')],
    ]);
    expect(addLine(p, 'member-of', 'o', 't', sequentialIds())).toMatchObject({
      ok: true,
      message: 'o (PO) is a member of t',
    });
    expect(addLine(p, 'engages', 'o', 's', sequentialIds())).toMatchObject({ ok: true });
  });

  it('refuses what a drag refuses, with the same words', () => {
    const org = smallOrg();
    expect(addLine(org, 'member-of', 'po', 'sales', sequentialIds())).toEqual({
      ok: false,
      reason: 'Only a person can be a member of a team.',
    });
    expect(addLine(org, 'engages', 'po', 'sales', sequentialIds())).toMatchObject({
      ok: false,
      reason: expect.stringContaining('already engages') as string,
    });
    expect(addLine(org, 'reports-to', 'cpo', 'po', sequentialIds())).toMatchObject({
      ok: false,
      reason: expect.stringContaining('reporting cycle') as string,
    });
    expect(addLine(org, 'dotted-line', 'po', 'pm', sequentialIds())).toMatchObject({
      ok: false,
      reason: expect.stringContaining('already reports') as string,
    });
    expect(addLine(org, 'dotted-line', 'po', 'po', sequentialIds())).toMatchObject({ ok: false });
  });

  it('replaces the manager with a new solid line', () => {
    const result = addLine(smallOrg(), 'reports-to', 'po', 'cpo', sequentialIds());
    expect(result).toMatchObject({ ok: true, message: 'Lena (PO) reports to Maria (instead of Daniel (PM))' });
    expect(result.ok && linesFrom(result.plan, 'po', 'reports-to').map((l) => l.node.id)).toEqual(['cpo']);
  });
});

describe('linesFrom and removeLine', () => {
  it('lists the lines of one kind leaving a node, and removes one of them', () => {
    const org = smallOrg();
    expect(linesFrom(org, 'po', 'engages').map((l) => [l.edge.id, l.node.id])).toEqual([['g1', 'sales']]);
    expect(linesFrom(org, 'po', 'dotted-line')).toEqual([]);
    const removed = removeLine(org, 'g1');
    expect(removed).toMatchObject({ ok: true, message: 'Removed: Lena (PO) engages Sales (internal stakeholder)' });
    expect(removed.ok && removed.plan.edges.map((e) => e.id)).toEqual(['r1', 'r2', 'm1', 'g2']);
    expect(removeLine(org, 'nope')).toEqual({ ok: false, reason: 'That line no longer exists.' });
  });
});
