/** The Edge record: its validator and its key order for writing. */
import { checkExtraValues, checkKeys, onlyKnownKeys, requireObject, requiredEnum, requiredId } from './checks';
import { hasKeysInOrder, isJsonObject, pickExtras } from './json';
import type { ProblemList } from './problems';
import { EDGE_KINDS, type PlanEdge } from './types';

export const EDGE_KEYS = ['id', 'kind', 'source', 'target'] as const;
const EDGE_KEY_SET: ReadonlySet<string> = new Set(EDGE_KEYS);
const EDGE_KIND_SET: ReadonlySet<string> = new Set(EDGE_KINDS);

/**
 * readEdge for the edge almost every file is made of: known keys only, each field valid. It gives the edge readEdge
 * gives, without a path or a problem list; undefined for anything else, which readEdge then reads and reports.
 */
export function readPlainEdge(value: unknown): PlanEdge | undefined {
  if (!isJsonObject(value)) return undefined;
  // Keys in readEdge's order (what the app writes): the parsed object is already the edge readEdge would build.
  const ordered = hasKeysInOrder(value, EDGE_KEYS);
  if (!ordered && !onlyKnownKeys(value, EDGE_KEY_SET)) return undefined;
  const { id, kind, source, target } = value;
  if (typeof id !== 'string' || id === '' || typeof kind !== 'string' || !EDGE_KIND_SET.has(kind)) return undefined;
  if (typeof source !== 'string' || source === '' || typeof target !== 'string' || target === '') return undefined;
  // Kept rather than copied: a plan of a million nodes holds no second copy of its edges while it loads.
  if (ordered) return value as unknown as PlanEdge;
  return { id, kind: kind as PlanEdge['kind'], source, target };
}

export function readEdge(value: unknown, path: string, problems: ProblemList): PlanEdge | undefined {
  const obj = requireObject(value, path, problems);
  if (obj === undefined) return undefined;
  const before = problems.items.length;
  const plain = onlyKnownKeys(obj, EDGE_KEY_SET);
  if (!plain) checkKeys(obj, path, problems);
  const id = requiredId(obj, 'id', path, problems);
  const kind = requiredEnum(obj, 'kind', EDGE_KINDS, path, problems);
  const source = requiredId(obj, 'source', path, problems);
  const target = requiredId(obj, 'target', path, problems);
  if (!plain) checkExtraValues(obj, EDGE_KEY_SET, path, problems);
  if (
    problems.items.length !== before ||
    id === undefined ||
    kind === undefined ||
    source === undefined ||
    target === undefined
  ) {
    return undefined;
  }
  const extra = plain ? undefined : pickExtras(obj, EDGE_KEY_SET);
  return extra === undefined ? { id, kind, source, target } : { id, kind, source, target, extra };
}
