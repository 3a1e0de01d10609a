/**
 * The direction of a new reporting line between two people comes from what
 * they are (a PO reports to a PM; the lower level to the higher), not from the
 * dot the drag started at; only when nothing decides it does the handle.
 * Before: dragging from a PO's bottom dot onto a PM made "PM reports to PO".
 */
import { describe, expect, it } from 'vitest';
import { checkConnection, directionByMeaning, inferEdge, type HandleSide } from '@shared/edit';
import { node, plan } from '../edit/fixtures';

const HANDLES: readonly HandleSide[] = ['up', 'down', 'side'];

describe('directionByMeaning', () => {
  it('makes the PO report to the PM, whichever is named first and whatever their levels', () => {
    const po = node('o', 'po', { level: 9 });
    const pm = node('m', 'pm', { level: 3 });
    expect(directionByMeaning(po, pm)).toMatchObject({ report: po, manager: pm, because: 'a PO reports to a PM' });
    expect(directionByMeaning(pm, po)).toMatchObject({ report: po, manager: pm });
  });

  it('makes the lower level report to the higher when the kinds do not decide', () => {
    const junior = node('j', 'person', { level: 2 });
    const senior = node('s', 'pm', { level: 5 });
    expect(directionByMeaning(junior, senior)).toMatchObject({ report: junior, manager: senior });
    expect(directionByMeaning(senior, junior)).toMatchObject({ report: junior, manager: senior });
    expect(directionByMeaning(node('a', 'po', { level: 1 }), node('b', 'po', { level: 4 }))?.manager.id).toBe('b');
  });

  it('decides nothing without levels, with equal levels, or when one end is not a person', () => {
    expect(directionByMeaning(node('a', 'person'), node('b', 'pm'))).toBeUndefined();
    expect(directionByMeaning(node('a', 'pm', { level: 3 }), node('b', 'pm', { level: 3 }))).toBeUndefined();
    expect(directionByMeaning(node('a', 'person', { level: 3 }), node('b', 'person'))).toBeUndefined();
    expect(directionByMeaning(node('a', 'po'), node('t', 'team'))).toBeUndefined();
    expect(directionByMeaning(node('a', 'po'), node('a', 'po'))).toBeUndefined();
  });
});

describe('a drag between two people', () => {
  it('connects PO → PM from any handle of either card', () => {
    const po = node('o', 'po');
    const pm = node('m', 'pm');
    for (const side of HANDLES) {
      expect(inferEdge(po, pm, side)).toEqual({ kind: 'reports-to', source: 'o', target: 'm' });
      expect(inferEdge(pm, po, side)).toEqual({ kind: 'reports-to', source: 'o', target: 'm' });
    }
  });

  it('follows the handle when nothing decides, and keeps the exact direction when asked for it', () => {
    const a = node('a', 'person');
    const b = node('b', 'person');
    expect(inferEdge(a, b, 'down')).toEqual({ kind: 'reports-to', source: 'b', target: 'a' });
    expect(inferEdge(a, b, 'up')).toEqual({ kind: 'reports-to', source: 'a', target: 'b' });
    // 'exact': the caller named who reports to whom (a quick fix, a drop, the inspector).
    expect(inferEdge(node('m', 'pm'), node('o', 'po'), 'exact')).toEqual({
      kind: 'reports-to',
      source: 'm',
      target: 'o',
    });
  });

  it('says why in the check the drag hint shows, only when the roles decided', () => {
    const p = plan([node('o', 'po', { name: 'Lena' }), node('m', 'pm', { name: 'Daniel' })]);
    expect(checkConnection(p, 'o', 'm', 'down')).toMatchObject({
      ok: true,
      message: 'Lena (PO) reports to Daniel (PM)',
      directionBecause: 'a PO reports to a PM',
    });
    const check = checkConnection(p, 'o', 'm', 'exact');
    expect(check.ok && check.directionBecause).toBeUndefined();
    const people = plan([node('a', 'person'), node('b', 'person')]);
    const plain = checkConnection(people, 'a', 'b', 'down');
    expect(plain.ok && plain.directionBecause).toBeUndefined();
  });
});
