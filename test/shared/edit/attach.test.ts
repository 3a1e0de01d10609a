/** A new card placed while one is selected goes beside it already connected, when the article calls for a line. */
import { describe, expect, it } from 'vitest';
import { addAttached } from '@shared/edit';
import type { Plan } from '@shared/model/types';
import { node, plan, sequentialIds } from './fixtures';

const FALLBACK = { x: -999, y: -999 };

function added(result: ReturnType<typeof addAttached>, id: string) {
  return result?.plan.nodes.find((n) => n.id === id);
}

describe('addAttached', () => {
  const start: Plan = plan([
    node('pm', 'pm', { name: 'Daniel', position: { x: 0, y: 0 } }),
    node('po', 'po', { name: 'Lena', position: { x: 600, y: 0 } }),
    node('cpo', 'person', { name: 'Maria', position: { x: 1200, y: 0 } }),
  ]);

  it('puts a new PO under a selected PM, reporting to them', () => {
    const result = addAttached(start, { kind: 'po' }, 'pm', FALLBACK, sequentialIds());
    expect(result).toMatchObject({ nodeId: 'po#1', edgeId: 'e#2', message: 'New PO (PO) reports to Daniel (PM)' });
    expect(result?.plan.edges).toEqual([{ id: 'e#2', kind: 'reports-to', source: 'po#1', target: 'pm' }]);
    const position = added(result, 'po#1')?.position;
    expect(position?.x).toBe(0);
    expect(position?.y).toBeGreaterThan(84);
  });

  it('puts a new team under a selected PO, the PO a member of it', () => {
    const result = addAttached(start, { kind: 'team' }, 'po', FALLBACK, sequentialIds());
    expect(result?.plan.edges).toEqual([{ id: 'e#2', kind: 'member-of', source: 'po', target: 'team#1' }]);
    expect(added(result, 'team#1')?.position?.x).toBe(600);
  });

  it('puts a new stakeholder beside a selected person, who engages them', () => {
    const result = addAttached(start, { kind: 'stakeholder', scope: 'external' }, 'cpo', FALLBACK, sequentialIds());
    expect(result?.plan.edges).toEqual([{ id: 'e#2', kind: 'engages', source: 'cpo', target: 'stakeholder#1' }]);
    const position = added(result, 'stakeholder#1')?.position;
    expect(position?.y).toBe(0);
    expect(position?.x).toBeGreaterThan(1200);
  });

  it('never lands on a card already there', () => {
    const crowded = plan([...start.nodes, node('below', 'person', { position: { x: 0, y: 156 } })]);
    const result = addAttached(crowded, { kind: 'po' }, 'pm', FALLBACK, sequentialIds());
    expect(added(result, 'po#1')?.position).not.toEqual({ x: 0, y: 156 });
  });

  it('leaves pairs the article joins no line between to the usual placing', () => {
    expect(addAttached(start, { kind: 'pm' }, 'po', FALLBACK, sequentialIds())).toBeUndefined();
    expect(addAttached(start, { kind: 'team' }, 'pm', FALLBACK, sequentialIds())).toBeUndefined();
    expect(addAttached(start, { kind: 'po' }, 'nobody', FALLBACK, sequentialIds())).toBeUndefined();
  });
});
