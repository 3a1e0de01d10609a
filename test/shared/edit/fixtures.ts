/** Small plans for the edit tests, built by hand so each test reads on its own. */
import { emptyPlan, type EdgeKind, type NodeKind, type Plan, type PlanEdge, type PlanNode } from '@shared/model/types';
import type { IdGenerator } from '@shared/edit';

export function node(id: string, kind: NodeKind, extra: Partial<PlanNode> = {}): PlanNode {
  return {
    id,
    kind,
    name: extra.name ?? id,
    ...(kind === 'stakeholder' && { scope: 'internal' as const }),
    ...extra,
  };
}

export function edge(id: string, kind: EdgeKind, source: string, target: string): PlanEdge {
  return { id, kind, source, target };
}

export function plan(nodes: PlanNode[], edges: PlanEdge[] = []): Plan {
  return { ...emptyPlan('Test'), nodes, edges };
}

/** `x-1`, `x-2`... in call order, whatever the prefix: predictable ids for assertions. */
export function sequentialIds(): IdGenerator {
  let n = 0;
  return (prefix) => `${prefix}#${++n}`;
}

/** A CPO, a PM under them, a PO under the PM with a team and an internal stakeholder, and an external one. */
export function smallOrg(): Plan {
  return plan(
    [
      node('cpo', 'person', { name: 'Maria' }),
      node('pm', 'pm', { name: 'Daniel', position: { x: 0, y: 0 } }),
      node('po', 'po', { name: 'Lena', position: { x: 0, y: 200 } }),
      node('team', 'team', { name: 'Cart team' }),
      node('sales', 'stakeholder', { name: 'Sales' }),
      node('acme', 'stakeholder', { name: 'Acme', scope: 'external' }),
    ],
    [
      edge('r1', 'reports-to', 'pm', 'cpo'),
      edge('r2', 'reports-to', 'po', 'pm'),
      edge('m1', 'member-of', 'po', 'team'),
      edge('g1', 'engages', 'po', 'sales'),
      edge('g2', 'engages', 'pm', 'acme'),
    ],
  );
}
