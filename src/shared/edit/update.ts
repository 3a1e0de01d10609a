/**
 * Editing a node's fields from the inspector or in place. Empty optional
 * fields are removed rather than stored empty, so files stay minimal; fields
 * a kind cannot have (a team's vacancy, a PO's scope) are refused.
 */
import { isPersonKind, type NodeKind, type Plan, type PlanNode, type Scope } from '../model/types';
import { indexPlan } from '../graph/index-plan';
import { refuse, type EditResult } from './result';

export interface NodePatch {
  readonly name?: string;
  /** Empty string or null removes the title. */
  readonly title?: string | null;
  /** Null removes the level. */
  readonly level?: number | null;
  readonly vacant?: boolean;
  readonly scope?: Scope;
  /** Empty string or null removes the notes. */
  readonly notes?: string | null;
  /** Between person kinds only (a person becomes a PO...); their edges stay valid. */
  readonly kind?: NodeKind;
}

/** undefined: leave as is; null or blank: remove; else the new text. */
function optionalText(current: string | undefined, value: string | null | undefined): string | undefined {
  if (value === undefined) return current;
  return value === null || value.trim() === '' ? undefined : value;
}

function sameNode(a: PlanNode, b: PlanNode): boolean {
  return (
    a.kind === b.kind &&
    a.name === b.name &&
    a.title === b.title &&
    a.level === b.level &&
    a.vacant === b.vacant &&
    a.scope === b.scope &&
    a.notes === b.notes
  );
}

function checkPatch(node: PlanNode, patch: NodePatch): string | null {
  if (patch.kind !== undefined && patch.kind !== node.kind) {
    if (!isPersonKind(node.kind) || !isPersonKind(patch.kind))
      return 'Only a person can change role (PM, PO or other person); teams and stakeholders keep their kind.';
  }
  if (patch.vacant !== undefined && !isPersonKind(node.kind)) return 'Only a PM, PO or person can be an open role.';
  if (patch.scope !== undefined && node.kind !== 'stakeholder') return 'Only stakeholders are internal or external.';
  if (patch.level !== undefined && patch.level !== null && !Number.isInteger(patch.level))
    return 'The level is a whole number (higher is more senior).';
  return null;
}

export function updateNode(plan: Plan, nodeId: string, patch: NodePatch): EditResult {
  const node = indexPlan(plan).nodeById.get(nodeId);
  if (node === undefined) return refuse('That node no longer exists.');
  const problem = checkPatch(node, patch);
  if (problem !== null) return refuse(problem);
  const title = optionalText(node.title, patch.title);
  const notes = optionalText(node.notes, patch.notes);
  const level = patch.level === null ? undefined : (patch.level ?? node.level);
  const vacant = patch.vacant === undefined ? node.vacant : patch.vacant || undefined;
  const scope = patch.scope ?? node.scope;
  // Rebuilt in the spec's key order; absent optional fields stay absent.
  const next: PlanNode = {
    id: node.id,
    kind: patch.kind ?? node.kind,
    name: patch.name ?? node.name,
    ...(title !== undefined && { title }),
    ...(level !== undefined && { level }),
    ...(scope !== undefined && { scope }),
    ...(node.position !== undefined && { position: node.position }),
    ...(vacant !== undefined && { vacant }),
    ...(notes !== undefined && { notes }),
    ...(node.fields !== undefined && { fields: node.fields }),
    ...(node.extra !== undefined && { extra: node.extra }),
  };
  if (sameNode(node, next)) return { ok: true, plan };
  return { ok: true, plan: { ...plan, nodes: plan.nodes.map((n) => (n.id === nodeId ? next : n)) } };
}

/** The plan's title; an empty one is removed. */
export function renamePlan(plan: Plan, name: string): Plan {
  const trimmed = name.trim();
  if (trimmed === (plan.name ?? '')) return plan;
  const { format, version, nodes, edges, rules, waivers, layout, extra } = plan;
  return {
    format,
    version,
    ...(trimmed !== '' && { name: trimmed }),
    nodes,
    edges,
    ...(rules !== undefined && { rules }),
    ...(waivers !== undefined && { waivers }),
    ...(layout !== undefined && { layout }),
    ...(extra !== undefined && { extra }),
  };
}
