/**
 * Ids for new nodes and edges. Edits never invent ids themselves: they take an
 * `IdGenerator`, so the app, the tests and a future collaborative editor can
 * each decide how ids look. The default one gives short readable ids such as
 * `po-3` or `e-12`, never reusing an id the plan already has.
 */
import type { Plan } from '../model/types';

/** Returns a fresh id starting with `prefix`; never the same id twice. */
export type IdGenerator = (prefix: string) => string;

/** `pm-1`, `pm-2`, ... skipping every id already in the plan (node, edge or anything in `taken`). */
export function createIdGenerator(plan: Plan, taken: Iterable<string> = []): IdGenerator {
  const used = new Set<string>(taken);
  for (const node of plan.nodes) used.add(node.id);
  for (const edge of plan.edges) used.add(edge.id);
  const next = new Map<string, number>();
  return (prefix) => {
    let n = next.get(prefix) ?? 1;
    let id = `${prefix}-${n}`;
    while (used.has(id)) {
      n += 1;
      id = `${prefix}-${n}`;
    }
    used.add(id);
    next.set(prefix, n + 1);
    return id;
  };
}

/** New edges are `e-1`, `e-2`, ...; new nodes take their kind as prefix: `pm-1`, `team-2`. */
export const EDGE_ID_PREFIX = 'e';
