/** The Waiver record: an accepted, explained exception to one rule for one node. */
import { checkExtraValues, checkKeys, requireObject, requiredId, requiredString } from './checks';
import { childPath, pickExtras } from './json';
import type { ProblemList } from './problems';
import type { Waiver } from './types';

export const WAIVER_KEYS = ['ruleId', 'nodeId', 'reason'] as const;
const WAIVER_KEY_SET: ReadonlySet<string> = new Set(WAIVER_KEYS);

export function readWaiver(value: unknown, path: string, problems: ProblemList): Waiver | undefined {
  const obj = requireObject(value, path, problems);
  if (obj === undefined) return undefined;
  const before = problems.items.length;
  checkKeys(obj, path, problems);
  const ruleId = requiredId(obj, 'ruleId', path, problems);
  // A waiver whose node is gone is kept and reported by `stale-waiver`, not refused.
  const nodeId = requiredId(obj, 'nodeId', path, problems);
  const reason = requiredString(obj, 'reason', path, problems);
  if (reason !== undefined && reason.trim() === '') {
    problems.add(childPath(path, 'reason'), 'a waiver needs a non-empty reason');
  }
  checkExtraValues(obj, WAIVER_KEY_SET, path, problems);
  if (problems.items.length !== before || ruleId === undefined || nodeId === undefined || reason === undefined) {
    return undefined;
  }
  const extra = pickExtras(obj, WAIVER_KEY_SET);
  return extra === undefined ? { ruleId, nodeId, reason } : { ruleId, nodeId, reason, extra };
}

/** Waivers are written sorted by rule id, then node id (format.md). */
export function compareWaivers(a: Waiver, b: Waiver): number {
  if (a.ruleId !== b.ruleId) return a.ruleId < b.ruleId ? -1 : 1;
  if (a.nodeId !== b.nodeId) return a.nodeId < b.nodeId ? -1 : 1;
  return 0;
}
