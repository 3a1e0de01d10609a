/** Adding a node: a new PM, PO, person, team or stakeholder with sensible defaults. */
import type { NodeKind, Plan, PlanNode, Position, Scope } from '../model/types';
import type { IdGenerator } from './ids';

export interface NewNodeSpec {
  readonly kind: NodeKind;
  /** For stakeholders; defaults to internal. Ignored for other kinds. */
  readonly scope?: Scope;
  readonly name?: string;
  readonly title?: string;
  readonly position?: Position;
}

const DEFAULT_NAME: Readonly<Record<NodeKind, string>> = {
  pm: 'New PM',
  po: 'New PO',
  person: 'New person',
  team: 'New team',
  stakeholder: 'New stakeholder',
};

const DEFAULT_TITLE: Partial<Record<NodeKind, string>> = {
  pm: 'Product Manager',
  po: 'Product Owner',
};

/** The node a palette click creates, before it gets an id. */
export function newNode(spec: NewNodeSpec, id: string): PlanNode {
  const title = spec.title ?? DEFAULT_TITLE[spec.kind];
  return {
    id,
    kind: spec.kind,
    name: spec.name ?? DEFAULT_NAME[spec.kind],
    ...(title !== undefined && { title }),
    ...(spec.kind === 'stakeholder' && { scope: spec.scope ?? 'internal' }),
    ...(spec.position !== undefined && { position: spec.position }),
  };
}

/**
 * The first unused of "New PO", "New PO 2", "New PO 3"...: numbered, so that a problem about "New PO 2" names one
 * card, not any of the new ones.
 */
export function defaultNodeName(plan: Plan, kind: NodeKind): string {
  const base = DEFAULT_NAME[kind];
  const taken = new Set(plan.nodes.map((n) => n.name));
  if (!taken.has(base)) return base;
  let n = 2;
  while (taken.has(`${base} ${String(n)}`)) n++;
  return `${base} ${String(n)}`;
}

export function addNode(plan: Plan, spec: NewNodeSpec, newId: IdGenerator): { plan: Plan; nodeId: string } {
  const node = newNode({ ...spec, name: spec.name ?? defaultNodeName(plan, spec.kind) }, newId(spec.kind));
  return { plan: { ...plan, nodes: [...plan.nodes, node] }, nodeId: node.id };
}
