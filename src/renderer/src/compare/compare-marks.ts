/**
 * A PlanDiff drawn on the canvas. Nodes of the current plan get a mark (added, changed fields, old manager), read
 * by their cards' badge; nodes the current plan no longer has come back as ghosts: ordinary React Flow nodes of
 * type `ghost` at their position in the compared plan, faded and dashed, that cannot be selected, moved or
 * edited and are never part of the plan. Pure, and computed once per diff (marksOf and ghostsOf are memoised by
 * the view object), never per frame.
 */
import { describeNode } from '@shared/edit';
import type { Plan, PlanNode } from '@shared/model/types';
import { nodeSize } from '@shared/view/card-size';
import type { FlowNode } from '../canvas/flow-types';
import { fieldChangeText } from './change-text';
import type { CompareView } from './compare-diff';

export interface CompareMark {
  readonly added: boolean;
  /** One line per change of the node's own fields (a rename first); null when none changed. */
  readonly changed: string | null;
  /** Where a person whose solid-line manager changed used to report ("was under Daniel Okafor"); null otherwise. */
  readonly wasUnder: string | null;
}

/** Marks are rebuilt per diff: compared by value, so an unchanged mark keeps its card as it is. */
export function sameCompareMark(a: CompareMark | null | undefined, b: CompareMark | null | undefined): boolean {
  if (a === b || (a == null && b == null)) return true;
  if (a == null || b == null) return false;
  return a.added === b.added && a.changed === b.changed && a.wasUnder === b.wasUnder;
}

/** The wrapper class of a marked card (nodes.css has none of these; compare.css draws them). */
export function compareClass(mark: CompareMark | null | undefined): string | undefined {
  if (mark == null) return undefined;
  const names: string[] = [];
  if (mark.added) names.push('op-compare-added');
  if (mark.changed !== null) names.push('op-compare-changed');
  if (mark.wasUnder !== null) names.push('op-compare-moved');
  return names.join(' ');
}

const GHOST_PREFIX = 'ghost:';

/** The React Flow id of a removed node's ghost (kept apart from every plan id). */
export function ghostId(beforeId: string): string {
  return `${GHOST_PREFIX}${beforeId}`;
}

function namesOf(plan: Plan): Map<string, string> {
  return new Map(plan.nodes.map((node) => [node.id, node.name.trim() === '' ? 'an open role' : node.name]));
}

function buildMarks({ before, after, diff }: CompareView): ReadonlyMap<string, CompareMark> {
  const marks = new Map<string, { added: boolean; changed: string | null; wasUnder: string | null }>();
  const markOf = (id: string) => {
    let mark = marks.get(id);
    if (mark === undefined) {
      mark = { added: false, changed: null, wasUnder: null };
      marks.set(id, mark);
    }
    return mark;
  };
  for (const node of diff.added) markOf(node.id).added = true;
  for (const change of diff.changed) {
    const lines = change.fields.map(fieldChangeText);
    if (change.renamedFrom !== undefined) lines.unshift(`name: ${change.renamedFrom} → ${change.name}`);
    markOf(change.id).changed = lines.join('\n');
  }
  const beforeNames = namesOf(before);
  const afterNames = namesOf(after);
  for (const move of diff.moved) {
    const old =
      move.fromRemoved !== undefined
        ? `${beforeNames.get(move.fromRemoved) ?? move.fromRemoved} (removed)`
        : move.from === null
          ? null
          : (afterNames.get(move.from) ?? move.from);
    markOf(move.id).wasUnder = old === null ? 'had no manager' : `was under ${old}`;
  }
  return marks;
}

function toGhost(node: PlanNode, active: boolean): FlowNode {
  const { width, height } = nodeSize(node.kind);
  return {
    id: ghostId(node.id),
    type: 'ghost',
    position: node.position ?? { x: 0, y: 0 },
    data: { node, marker: null },
    className: active ? 'op-ghost-node is-active' : 'op-ghost-node',
    width,
    height,
    measured: { width, height },
    handles: [],
    selectable: false,
    draggable: false,
    connectable: false,
    deletable: false,
    focusable: false,
    // Under the plan's own cards: a new card placed where a removed one stood stays clickable.
    zIndex: -1,
    ariaLabel: `Removed: ${describeNode(node)}`,
  };
}

/** Ghosts of the removed nodes, at their places in the compared plan; `activeId` (a before-id) is drawn picked. */
function buildGhosts({ before, diff }: CompareView, activeId: string | null): FlowNode[] {
  if (diff.removed.length === 0) return [];
  const removed = new Set(diff.removed.map((node) => node.id));
  return before.nodes.filter((node) => removed.has(node.id)).map((node) => toGhost(node, node.id === activeId));
}

const marksMemo = new WeakMap<CompareView, ReadonlyMap<string, CompareMark>>();
const ghostsMemo = new WeakMap<CompareView, { activeId: string | null; ghosts: FlowNode[] }>();

export function marksOf(view: CompareView): ReadonlyMap<string, CompareMark> {
  let marks = marksMemo.get(view);
  if (marks === undefined) {
    marks = buildMarks(view);
    marksMemo.set(view, marks);
  }
  return marks;
}

export function ghostsOf(view: CompareView, activeId: string | null): FlowNode[] {
  const hit = ghostsMemo.get(view);
  if (hit?.activeId === activeId) return hit.ghosts;
  const ghosts = buildGhosts(view, activeId);
  ghostsMemo.set(view, { activeId, ghosts });
  return ghosts;
}
