/**
 * Which node of the after-plan is which node of the before-plan. By id when both plans come from the same
 * file's history (the usual case: the app keeps ids stable); by name when they are two independent exports
 * whose ids do not line up; or by a field the user picks (`field:email`, an employee id) that HR exports
 * carry. A key shared by several nodes on either side matches nothing (it would be a guess), and the counts
 * say so; a node without the field matches nothing either.
 */
import type { Plan, PlanNode } from '../model/types';

/** `field:<name>`: the value of that entry of the people's `fields`, case-insensitive. */
export type MatchBy = 'id' | 'name' | `field:${string}`;

export interface NodeMatch {
  /** before id → after id */
  readonly toAfter: ReadonlyMap<string, string>;
  /** after id → before id */
  readonly toBefore: ReadonlyMap<string, string>;
  readonly counts: {
    readonly matched: number;
    readonly onlyBefore: number;
    readonly onlyAfter: number;
    /** Nodes left unmatched because their key is not unique on its side. */
    readonly ambiguous: number;
  };
}

function keyOf(node: PlanNode, by: MatchBy): string | undefined {
  if (by === 'id') return node.id;
  if (by === 'name') return `${node.kind}\u0000${node.name.trim().toLowerCase()}`;
  const name = by.slice('field:'.length);
  const fields = node.fields ?? {};
  const value = Object.hasOwn(fields, name) ? fields[name]?.trim().toLowerCase() : undefined;
  return value === undefined || value === '' ? undefined : value;
}

/** key → node id, with keys seen twice mapped to null. */
function uniqueKeys(plan: Plan, by: MatchBy): Map<string, string | null> {
  const keys = new Map<string, string | null>();
  for (const node of plan.nodes) {
    const key = keyOf(node, by);
    if (key !== undefined) keys.set(key, keys.has(key) ? null : node.id);
  }
  return keys;
}

export function matchNodes(before: Plan, after: Plan, by: MatchBy = 'id'): NodeMatch {
  const beforeKeys = uniqueKeys(before, by);
  const afterKeys = uniqueKeys(after, by);
  const toAfter = new Map<string, string>();
  const toBefore = new Map<string, string>();
  let ambiguous = 0;
  for (const [key, beforeId] of beforeKeys) {
    const afterId = afterKeys.get(key);
    if (beforeId === null || afterId === null) {
      ambiguous++;
      continue;
    }
    if (afterId === undefined) continue;
    toAfter.set(beforeId, afterId);
    toBefore.set(afterId, beforeId);
  }
  for (const afterId of afterKeys.values()) if (afterId === null) ambiguous++;
  return {
    toAfter,
    toBefore,
    counts: {
      matched: toAfter.size,
      onlyBefore: before.nodes.length - toAfter.size,
      onlyAfter: after.nodes.length - toBefore.size,
      ambiguous,
    },
  };
}
