/** The compare view's canvas: a PlanDiff mapped to card marks and ghost nodes, and handed to the node deriver. */
import { describe, expect, it } from 'vitest';
import { articleExamplePlan } from '@shared/example/article-example';
import { createNodeDeriver } from '../../../src/renderer/src/canvas/derive';
import { compareView } from '../../../src/renderer/src/compare/compare-diff';
import {
  compareClass,
  ghostId,
  ghostsOf,
  marksOf,
  sameCompareMark,
} from '../../../src/renderer/src/compare/compare-marks';
import { edit, reorganised } from '../../support/reorganisation';

const asIs = articleExamplePlan();
const NONE = new Set<string>();

describe('compare marks', () => {
  const view = compareView(asIs, reorganised);
  const marks = marksOf(view);

  it('marks the added node, the renamed and changed ones with their fields, and the moved one with its old manager', () => {
    expect(marks.get('po-refunds')).toEqual({ added: true, changed: null, wasUnder: null });
    expect(marks.get('pm-payments')).toEqual({
      added: false,
      changed: 'name: Priya Raman → Priya Raman-Kaur',
      wasUnder: null,
    });
    expect(marks.get('po-cards')?.changed).toBe('title: Product Owner, Card Payments → Senior PO\nlevel: 5 → 6');
    // The old manager by the name the canvas shows now (Priya was renamed in the same reorganisation).
    expect(marks.get('po-wallets')).toEqual({ added: false, changed: null, wasUnder: 'was under Priya Raman-Kaur' });
    expect([...marks.keys()].sort()).toEqual(['pm-payments', 'po-cards', 'po-refunds', 'po-wallets']);
  });

  it('says when a moved person reported to nobody, or to a manager who is gone', () => {
    const noManager = edit(asIs, { edges: (edges) => edges.filter((e) => e.id !== 'reports-to:po-cart:pm-checkout') });
    expect(marksOf(compareView(noManager, asIs)).get('po-cart')?.wasUnder).toBe('had no manager');
    const pmGone = edit(asIs, {
      nodes: (nodes) => nodes.filter((n) => n.id !== 'pm-checkout'),
      edges: (edges) => edges.filter((e) => e.source !== 'pm-checkout' && e.target !== 'pm-checkout'),
    });
    expect(marksOf(compareView(asIs, pmGone)).get('po-cart')?.wasUnder).toBe('was under Daniel Okafor (removed)');
  });

  it('brings removed nodes back as ghosts at their old place, which cannot be selected, moved or edited', () => {
    const ghosts = ghostsOf(view, null);
    expect(ghosts.map((g) => g.id)).toEqual([ghostId('po-delivery')]);
    const [ghost] = ghosts;
    const before = asIs.nodes.find((n) => n.id === 'po-delivery')!;
    expect(ghost).toMatchObject({
      type: 'ghost',
      position: before.position,
      selectable: false,
      draggable: false,
      connectable: false,
      deletable: false,
      className: 'op-ghost-node',
    });
    expect(ghost!.data.node).toBe(before);
    expect(ghost!.id).not.toBe('po-delivery');
    expect(ghostsOf(view, 'po-delivery')[0]!.className).toBe('op-ghost-node is-active');
  });

  it('marks nothing and draws no ghost for a plan against itself', () => {
    const same = compareView(asIs, asIs);
    expect(marksOf(same).size).toBe(0);
    expect(ghostsOf(same, null)).toEqual([]);
  });

  it('diffs once per pair of plans and maps once per diff', () => {
    expect(compareView(asIs, reorganised)).toBe(view);
    expect(marksOf(view)).toBe(marks);
    expect(ghostsOf(view, null)).toBe(ghostsOf(view, null));
    // Another before-plan for the same after-plan is another diff.
    expect(compareView(reorganised, reorganised)).not.toBe(view);
  });

  it('compares marks by value and names their classes', () => {
    expect(
      sameCompareMark({ added: true, changed: null, wasUnder: null }, { added: true, changed: null, wasUnder: null }),
    ).toBe(true);
    expect(sameCompareMark({ added: true, changed: null, wasUnder: null }, null)).toBe(false);
    expect(sameCompareMark(undefined, null)).toBe(true);
    expect(compareClass({ added: true, changed: 'x', wasUnder: 'was under y' })).toBe(
      'op-compare-added op-compare-changed op-compare-moved',
    );
    expect(compareClass(null)).toBeUndefined();
  });

  it('puts the marks on the derived nodes and keeps unmarked and unchanged ones as they were', () => {
    const derive = createNodeDeriver();
    const plain = derive(reorganised, NONE, null, NONE);
    const marked = derive(reorganised, NONE, null, NONE, undefined, marks);
    const byId = new Map(plain.map((n) => [n.id, n]));
    const changed = marked.filter((n) => n !== byId.get(n.id)).map((n) => n.id);
    expect(changed.sort()).toEqual(['pm-payments', 'po-cards', 'po-refunds', 'po-wallets']);
    const added = marked.find((n) => n.id === 'po-refunds')!;
    expect(added.className).toBe('op-compare-added');
    expect(added.data.compare).toEqual(marks.get('po-refunds'));
    // Marks rebuilt with the same content (a later diff) keep every card object.
    const again = derive(
      reorganised,
      NONE,
      null,
      NONE,
      undefined,
      new Map([...marks].map(([id, m]) => [id, { ...m }])),
    );
    expect(again).toBe(marked);
  });
});
