/**
 * Editing a node's named `fields` from the inspector: set a value (adding the field), rename a field where it is
 * (keeping the plan's `layout.cardFields` in step, so the card still shows it: cardFieldsAfterRename), remove one. Every edit keeps the format's limits (docs/format.md: at most MAX_NODE_FIELDS, names and values within
 * their lengths), so what the inspector makes always saves and opens again; a refused edit says why.
 */
import { indexPlan } from '../graph/index-plan';
import { MAX_FIELD_VALUE_LENGTH, MAX_NODE_FIELDS } from '../model/limits';
import { fieldNameProblem } from '../model/node-fields';
import type { Plan, PlanLayout, PlanNode } from '../model/types';
import { cardFieldsAfterRename } from '../view/card-fields';
import { refuse, type EditResult } from './result';

export type FieldEdit =
  | { readonly op: 'set'; readonly name: string; readonly value: string }
  | { readonly op: 'rename'; readonly name: string; readonly to: string }
  | { readonly op: 'remove'; readonly name: string };

function withFields(node: PlanNode, entries: readonly (readonly [string, string])[]): PlanNode {
  const next: { -readonly [K in keyof PlanNode]: PlanNode[K] } = { ...node };
  // No fields left: the key goes, as the importer leaves it out for a row without extra cells.
  if (entries.length === 0) delete next.fields;
  // Object.fromEntries defines own properties, so a field named "toString" stays an ordinary field.
  else next.fields = Object.fromEntries(entries);
  return next;
}

function nameRefusal(name: string): string | undefined {
  const problem = fieldNameProblem(name);
  return problem === undefined ? undefined : `${problem.charAt(0).toUpperCase()}${problem.slice(1)}.`;
}

function editedEntries(entries: [string, string][], edit: FieldEdit): [string, string][] | string {
  const at = entries.findIndex(([name]) => name === edit.name);
  switch (edit.op) {
    case 'set': {
      const name = edit.name.trim();
      const problem = nameRefusal(name);
      if (problem !== undefined) return problem;
      if (edit.value.length > MAX_FIELD_VALUE_LENGTH)
        return `A field value is at most ${MAX_FIELD_VALUE_LENGTH.toLocaleString('en-US')} characters.`;
      const index = entries.findIndex(([other]) => other === name);
      if (index >= 0) return entries.map(([other, value], i) => [other, i === index ? edit.value : value]);
      if (entries.length >= MAX_NODE_FIELDS) return `A card holds at most ${MAX_NODE_FIELDS} fields.`;
      return [...entries, [name, edit.value]];
    }
    case 'rename': {
      const to = edit.to.trim();
      if (at < 0) return `There is no field “${edit.name}”.`;
      const problem = nameRefusal(to);
      if (problem !== undefined) return problem;
      if (to !== edit.name && entries.some(([other]) => other === to)) return `There is already a field “${to}”.`;
      return entries.map(([name, value], i) => [i === at ? to : name, value]);
    }
    case 'remove':
      return at < 0 ? `There is no field “${edit.name}”.` : entries.filter((_, i) => i !== at);
  }
}

export function editNodeField(plan: Plan, nodeId: string, edit: FieldEdit): EditResult {
  const node = indexPlan(plan).nodeById.get(nodeId);
  if (node === undefined) return refuse('That node no longer exists.');
  const before = Object.entries(node.fields ?? {});
  const after = editedEntries(before, edit);
  if (typeof after === 'string') return refuse(after);
  const unchanged =
    after.length === before.length &&
    after.every(([name, value], i) => before[i]?.[0] === name && before[i][1] === value);
  if (unchanged) return { ok: true, plan };
  const next = withFields(node, after);
  const nodes = plan.nodes.map((n) => (n.id === nodeId ? next : n));
  const layout = edit.op === 'rename' ? layoutAfterRename(plan.layout, nodes, edit.name, edit.to.trim()) : undefined;
  return { ok: true, plan: { ...plan, nodes, ...(layout !== undefined && { layout }) } };
}

/** The layout with its cardFields following a renamed field, or undefined when they do not change. */
function layoutAfterRename(
  layout: PlanLayout | undefined,
  nodes: readonly PlanNode[],
  from: string,
  to: string,
): PlanLayout | undefined {
  const chosen = layout?.cardFields;
  if (layout === undefined || chosen === undefined || !chosen.includes(from)) return undefined;
  const fromStillUsed = nodes.some((n) => n.fields !== undefined && Object.hasOwn(n.fields, from));
  const cardFields = cardFieldsAfterRename(chosen, from, to, fromStillUsed);
  return cardFields === chosen ? undefined : { ...layout, cardFields };
}
