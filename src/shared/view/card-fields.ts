/**
 * The fields a plan shows on its people's cards (`layout.cardFields`, docs/format.md): which field names the plan's
 * nodes carry, how many carry each (the chooser lists them), and the lines one card shows.
 */
import { MAX_CARD_FIELDS } from '../model/limits';
import { isPersonKind, type Plan, type PlanNode } from '../model/types';

export interface FieldNameCount {
  readonly name: string;
  /** Nodes with a non-empty value for it. */
  readonly count: number;
}

/** Every field name in the plan with the number of nodes holding a value, most common first, then by name. */
export function fieldNameCounts(plan: Plan): FieldNameCount[] {
  const counts = new Map<string, number>();
  for (const node of plan.nodes) {
    if (node.fields === undefined) continue;
    for (const [name, value] of Object.entries(node.fields)) {
      if (value.trim() !== '') counts.set(name, (counts.get(name) ?? 0) + 1);
    }
  }
  return [...counts]
    .map(([name, count]) => ({ name, count }))
    .sort((a, b) => b.count - a.count || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

export interface CardFieldLine {
  readonly name: string;
  readonly value: string;
}

/** The chosen fields a card shows: only people's cards, only the fields the node has a value for, in chosen order. */
export function cardFieldLines(node: PlanNode, chosen: readonly string[] | undefined): CardFieldLine[] {
  if (chosen === undefined || chosen.length === 0 || node.fields === undefined || !isPersonKind(node.kind)) return [];
  const lines: CardFieldLine[] = [];
  for (const name of chosen) {
    const value = Object.hasOwn(node.fields, name) ? node.fields[name] : undefined;
    if (value !== undefined && value.trim() !== '') lines.push({ name, value });
  }
  return lines;
}

/**
 * The choice after switching one field on or off: switched on at the end, or left as it was (null) when
 * MAX_CARD_FIELDS are already shown.
 */
export function toggleCardField(chosen: readonly string[], name: string): string[] | null {
  if (chosen.includes(name)) return chosen.filter((other) => other !== name);
  return chosen.length >= MAX_CARD_FIELDS ? null : [...chosen, name];
}

/**
 * The cards' choice after one person's field `from` is renamed to `to` (the inspector renames per person), so the
 * card that showed the value still shows it: when no node carries `from` any more the name is replaced where it
 * was (or just dropped when `to` is already shown); when others still carry `from` it stays for them and `to` is
 * added right after it, if there is room. Returns `chosen` itself when nothing changes.
 */
export function cardFieldsAfterRename(
  chosen: readonly string[],
  from: string,
  to: string,
  fromStillUsed: boolean,
): readonly string[] {
  const at = chosen.indexOf(from);
  if (at < 0 || from === to) return chosen;
  const toShown = chosen.includes(to);
  if (fromStillUsed) {
    if (toShown || chosen.length >= MAX_CARD_FIELDS) return chosen;
    return [...chosen.slice(0, at + 1), to, ...chosen.slice(at + 1)];
  }
  return toShown ? chosen.filter((name) => name !== from) : chosen.map((name) => (name === from ? to : name));
}
