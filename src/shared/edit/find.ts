/**
 * Find by name, title or field value (department, e-mail…): case- and
 * accent-insensitive ("tomas" finds "Tomás"), best matches first: names
 * before titles before fields, then matches at the start of a word before
 * matches inside one. Reports how many nodes match in all, not only those shown.
 */
import type { Plan, PlanNode } from '../model/types';

export interface FindHit {
  readonly node: PlanNode;
  readonly field: 'name' | 'title' | 'field';
  /** For a field match: which field, and its value. */
  readonly fieldName?: string;
  readonly fieldValue?: string;
}

export interface FindResult {
  /** The best hits, at most the limit asked for. */
  readonly hits: FindHit[];
  /** How many nodes match in all. */
  readonly total: number;
}

export function normalizeForSearch(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** 0: starts the text, 1: starts a word, 2: inside a word, undefined: absent. */
function matchRank(text: string | undefined, query: string, wordStart: RegExp): number | undefined {
  if (text === undefined) return undefined;
  const normalized = normalizeForSearch(text);
  const at = normalized.indexOf(query);
  if (at < 0) return undefined;
  if (at === 0) return 0;
  return wordStart.test(normalized) ? 1 : 2;
}

/** The best-ranked field match of a node, if any. */
function fieldMatch(node: PlanNode, query: string, wordStart: RegExp): { hit: FindHit; rank: number } | undefined {
  if (node.fields === undefined) return undefined;
  let best: { hit: FindHit; rank: number } | undefined;
  for (const [fieldName, fieldValue] of Object.entries(node.fields)) {
    const rank = matchRank(fieldValue, query, wordStart);
    if (rank !== undefined && (best === undefined || rank < best.rank)) {
      best = { hit: { node, field: 'field', fieldName, fieldValue }, rank };
    }
  }
  return best;
}

export function searchNodes(plan: Plan, query: string, limit = 50): FindResult {
  const q = normalizeForSearch(query);
  if (q === '') return { hits: [], total: 0 };
  const wordStart = new RegExp(`(^|[^\\p{L}\\p{N}])${q.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'u');
  const ranked: { hit: FindHit; score: number; order: number }[] = [];
  plan.nodes.forEach((node, order) => {
    const byName = matchRank(node.name, q, wordStart);
    if (byName !== undefined) {
      ranked.push({ hit: { node, field: 'name' }, score: byName, order });
      return;
    }
    const byTitle = matchRank(node.title, q, wordStart);
    if (byTitle !== undefined) {
      ranked.push({ hit: { node, field: 'title' }, score: 3 + byTitle, order });
      return;
    }
    const byField = fieldMatch(node, q, wordStart);
    if (byField !== undefined) ranked.push({ hit: byField.hit, score: 6 + byField.rank, order });
  });
  ranked.sort((a, b) => a.score - b.score || a.order - b.order);
  return { hits: ranked.slice(0, limit).map((entry) => entry.hit), total: ranked.length };
}

export function findNodes(plan: Plan, query: string, limit = 50): FindHit[] {
  return searchNodes(plan, query, limit).hits;
}
