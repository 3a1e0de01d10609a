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

export function addNode(plan: Plan, spec: NewNodeSpec, newId: IdGenerator): { plan: Plan; nodeId: string } {
  const node = newNode(spec, newId(spec.kind));
  return { plan: { ...plan, nodes: [...plan.nodes, node] }, nodeId: node.id };
}
