/**
 * "The same person" (format.md, docs/rules.md), defined once: two nodes denote
 * the same person when their names are equal after trimming, collapsing inner
 * white space and ignoring case. Empty names and vacant roles are nobody yet,
 * so they never match anyone.
 */
import type { PlanNode } from './types';

/** The name's matching key, or undefined for names that must never match (empty ones). */
export function samePersonKey(name: string): string | undefined {
  const key = name.trim().replace(/\s+/g, ' ').toLowerCase();
  return key === '' ? undefined : key;
}

/** The key a node shares with every other node of the same person; undefined when it is nobody yet (vacant, blank). */
export function personKey(node: Pick<PlanNode, 'name' | 'vacant'>): string | undefined {
  return node.vacant === true ? undefined : samePersonKey(node.name);
}

/** Whether two nodes denote the same person (a node is not "the same person" as itself unless named). */
export function isSamePerson(a: Pick<PlanNode, 'name' | 'vacant'>, b: Pick<PlanNode, 'name' | 'vacant'>): boolean {
  const key = personKey(a);
  return key !== undefined && key === personKey(b);
}
