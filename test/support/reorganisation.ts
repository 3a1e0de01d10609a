/** A reorganisation of the article example, shared by the diff tests of the core and of the CLI. */
import { articleExamplePlan } from '../../src/shared/example/article-example';
import type { Plan, PlanEdge, PlanNode } from '../../src/shared/model/types';

const asIs = articleExamplePlan();

export function edit(
  plan: Plan,
  change: { nodes?: (nodes: PlanNode[]) => PlanNode[]; edges?: (edges: PlanEdge[]) => PlanEdge[] },
): Plan {
  return {
    ...plan,
    nodes: change.nodes ? change.nodes([...plan.nodes]) : plan.nodes,
    edges: change.edges ? change.edges([...plan.edges]) : plan.edges,
  };
}

const line = (kind: PlanEdge['kind'], source: string, target: string): PlanEdge => ({
  id: `${kind}:${source}:${target}`,
  kind,
  source,
  target,
});

/** The reorganisation: Delivery's PO leaves, a Refunds PO arrives, Wallets moves to Checkout, and more. */
export const reorganised = edit(asIs, {
  nodes: (nodes) => [
    ...nodes
      .filter((node) => node.id !== 'po-delivery')
      .map((node) => {
        if (node.id === 'pm-payments') return { ...node, name: 'Priya Raman-Kaur' };
        if (node.id === 'po-cards') return { ...node, level: 6, title: 'Senior PO' };
        return node;
      }),
    { id: 'po-refunds', kind: 'po', name: 'Noor Haddad', level: 4, vacant: true },
  ],
  edges: (edges) => [
    ...edges.filter(
      (edge) =>
        edge.source !== 'po-delivery' &&
        edge.id !== 'reports-to:po-wallets:pm-payments' &&
        edge.id !== 'engages:po-cart:sh-northwind',
    ),
    line('reports-to', 'po-wallets', 'pm-checkout'),
    line('reports-to', 'po-refunds', 'pm-payments'),
    line('member-of', 'po-refunds', 'team-refunds'),
    line('dotted-line', 'scrum-master', 'pm-checkout'),
  ],
});
