/**
 * The changes panel's list: a PlanDiff as rows grouped by kind of change (added, removed, renamed, changed,
 * moved, lines), each naming what changed in words and pointing at the card to show: a node of the current plan,
 * or the ghost of a removed one. Pure; names come from the plan each item belongs to.
 */
import type { RelationRef } from '@shared/diff/relation-changes';
import type { Plan } from '@shared/model/types';
import { fieldChangeText, KIND_TEXT, LINE_TEXT } from './change-text';
import type { CompareView } from './compare-diff';
import { CHANGE_KINDS, type ChangeKind } from './compare-state';

export interface ChangeTarget {
  readonly id: string;
  /** True when `id` is a node of the compared plan only, shown as its ghost. */
  readonly ghost: boolean;
}

export interface ChangeRow {
  /** Unique in the list; `removed:<id>` for a removed node (its ghost is drawn picked while it is active). */
  readonly key: string;
  readonly kind: ChangeKind;
  readonly text: string;
  /** Second line: the changed fields, say. */
  readonly detail: string | null;
  readonly target: ChangeTarget;
}

export interface ChangeGroup {
  readonly kind: ChangeKind;
  readonly title: string;
  readonly rows: readonly ChangeRow[];
}

export const GROUP_TITLES: Readonly<Record<ChangeKind, string>> = {
  added: 'Added',
  removed: 'Removed',
  renamed: 'Renamed',
  changed: 'Changed',
  moved: 'Moved',
  lines: 'Lines',
};

const REMOVED_KEY = 'removed:';

/** The before-id of the removed node whose row is active, if the active row is one. */
export function activeGhostOf(active: string | null): string | null {
  return active?.startsWith(REMOVED_KEY) === true ? active.slice(REMOVED_KEY.length) : null;
}

function namer(plan: Plan): (id: string | null) => string {
  const names = new Map(plan.nodes.map((node) => [node.id, node.name.trim() === '' ? 'Open role' : node.name]));
  return (id) => (id === null ? 'nobody' : (names.get(id) ?? id));
}

function lineRows({ before, after, diff }: CompareView): ChangeRow[] {
  const beforeName = namer(before);
  const afterName = namer(after);
  const afterIds = new Set(after.nodes.map((node) => node.id));
  const row = (sign: '+' | '−', r: RelationRef, name: (id: string) => string, index: number): ChangeRow => ({
    key: `lines:${sign}${index}`,
    kind: 'lines',
    text: `${sign} ${name(r.source)} ${LINE_TEXT[r.kind]} ${name(r.target)}`,
    detail: sign === '+' ? 'line added' : 'line removed',
    target: { id: r.source, ghost: !afterIds.has(r.source) },
  });
  return [
    ...diff.lines.added.map((r, i) => row('+', r, afterName, i)),
    ...diff.lines.removed.map((r, i) => row('−', r, beforeName, i)),
  ];
}

export function changeGroups(view: CompareView): ChangeGroup[] {
  const { after, diff } = view;
  const afterName = namer(after);
  const beforeName = namer(view.before);
  const rows: Record<ChangeKind, ChangeRow[]> = {
    added: diff.added.map((n) => ({
      key: `added:${n.id}`,
      kind: 'added',
      text: `${KIND_TEXT[n.kind]} ${n.name}`,
      detail: null,
      target: { id: n.id, ghost: false },
    })),
    removed: diff.removed.map((n) => ({
      key: `${REMOVED_KEY}${n.id}`,
      kind: 'removed',
      text: `${KIND_TEXT[n.kind]} ${n.name}`,
      detail: null,
      target: { id: n.id, ghost: true },
    })),
    renamed: diff.changed.flatMap((n) =>
      n.renamedFrom === undefined
        ? []
        : [
            {
              key: `renamed:${n.id}`,
              kind: 'renamed' as const,
              text: `${n.renamedFrom} → ${n.name}`,
              detail: KIND_TEXT[n.kind],
              target: { id: n.id, ghost: false },
            },
          ],
    ),
    changed: diff.changed.flatMap((n) =>
      n.fields.length === 0
        ? []
        : [
            {
              key: `changed:${n.id}`,
              kind: 'changed' as const,
              text: `${KIND_TEXT[n.kind]} ${n.name}`,
              detail: n.fields.map(fieldChangeText).join('; '),
              target: { id: n.id, ghost: false },
            },
          ],
    ),
    moved: diff.moved.map((m) => {
      const from = m.fromRemoved !== undefined ? `${beforeName(m.fromRemoved)} (removed)` : afterName(m.from);
      return {
        key: `moved:${m.id}`,
        kind: 'moved',
        text: afterName(m.id),
        detail: `${from} → ${afterName(m.to)}`,
        target: { id: m.id, ghost: false },
      };
    }),
    lines: lineRows(view),
  };
  return CHANGE_KINDS.map((kind) => ({ kind, title: GROUP_TITLES[kind], rows: rows[kind] }));
}

export function changeCounts(groups: readonly ChangeGroup[]): Readonly<Record<ChangeKind, number>> {
  const counts = Object.fromEntries(CHANGE_KINDS.map((kind) => [kind, 0])) as Record<ChangeKind, number>;
  for (const group of groups) counts[group.kind] += group.rows.length;
  return counts;
}

/** The groups the list shows under `filter` (null: all), without empty ones. */
export function shownGroups(groups: readonly ChangeGroup[], filter: ChangeKind | null): ChangeGroup[] {
  return groups.filter((group) => group.rows.length > 0 && (filter === null || group.kind === filter));
}
