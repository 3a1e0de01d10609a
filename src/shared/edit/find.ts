/**
 * Find by name or title: case- and accent-insensitive ("tomas" finds
 * "Tomás"), best matches first: names before titles, then matches at the
 * start of a word before matches inside one.
 */
import type { Plan, PlanNode } from '../model/types';

export interface FindHit {
  readonly node: PlanNode;
  readonly field: 'name' | 'title';
}

export function normalizeForSearch(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** 0: starts the text, 1: starts a word, 2: inside a word, undefined: absent. */
function matchRank(text: string | undefined, query: string): number | undefined {
  if (text === undefined) return undefined;
  const normalized = normalizeForSearch(text);
  const at = normalized.indexOf(query);
  if (at < 0) return undefined;
  if (at === 0) return 0;
  const wordStart = new RegExp(`(^|[^\\p{L}\\p{N}])${query.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'u');
  return wordStart.test(normalized) ? 1 : 2;
}

export function findNodes(plan: Plan, query: string, limit = 50): FindHit[] {
  const q = normalizeForSearch(query);
  if (q === '') return [];
  const ranked: { hit: FindHit; score: number; order: number }[] = [];
  plan.nodes.forEach((node, order) => {
    const byName = matchRank(node.name, q);
    if (byName !== undefined) {
      ranked.push({ hit: { node, field: 'name' }, score: byName, order });
      return;
    }
    const byTitle = matchRank(node.title, q);
    if (byTitle !== undefined) ranked.push({ hit: { node, field: 'title' }, score: 3 + byTitle, order });
  });
  ranked.sort((a, b) => a.score - b.score || a.order - b.order);
  return ranked.slice(0, limit).map((entry) => entry.hit);
}
