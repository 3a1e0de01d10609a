/**
 * What the diagram writers (draw.io, GraphML, Mermaid) share: every node
 * placed (the plan's positions; missing ones laid out as the chart export
 * does), the lines whose two ends exist (a broken line has nowhere to go in a
 * diagram), and each node's label and look.
 */
import { NODE_HEIGHT, NODE_WIDTH } from '../layout/card-size';
import { layoutPlan } from '../layout/tree-layout';
import type { Plan, PlanEdge, PlanNode, Position } from '../model/types';
import { ENGAGES_EXTERNAL, LINE_STYLES, cardTone, type CardTone, type LineStyle } from '../render/palette';

export { NODE_HEIGHT, NODE_WIDTH };

export interface DiagramNode {
  readonly node: PlanNode;
  readonly position: Position;
  readonly tone: CardTone;
  /** Name, then title on a second line when there is one. */
  readonly label: string;
}

export interface DiagramEdge {
  readonly edge: PlanEdge;
  readonly style: LineStyle;
}

export interface Diagram {
  readonly name: string;
  readonly nodes: readonly DiagramNode[];
  readonly edges: readonly DiagramEdge[];
}

export function nodeLabel(node: PlanNode): string {
  const name = node.name === '' ? '(unnamed)' : node.name;
  const vacant = node.vacant === true ? ' (vacant)' : '';
  return node.title === undefined || node.title === '' ? `${name}${vacant}` : `${name}${vacant}\n${node.title}`;
}

export function diagramOf(input: Plan): Diagram {
  const plan = input.nodes.every((n) => n.position !== undefined) ? input : layoutPlan(input, { onlyMissing: true });
  const byId = new Map<string, PlanNode>();
  const nodes: DiagramNode[] = [];
  for (const node of plan.nodes) {
    // Duplicate ids are a loading error; should one slip through, the first node wins, as in the chart.
    if (byId.has(node.id)) continue;
    byId.set(node.id, node);
    nodes.push({
      node,
      position: node.position ?? { x: 0, y: 0 },
      tone: cardTone(node.kind, node.scope),
      label: nodeLabel(node),
    });
  }
  const edges: DiagramEdge[] = [];
  for (const edge of plan.edges) {
    const target = byId.get(edge.target);
    if (!byId.has(edge.source) || target === undefined) continue;
    const external = edge.kind === 'engages' && target.kind === 'stakeholder' && target.scope === 'external';
    edges.push({ edge, style: external ? ENGAGES_EXTERNAL : LINE_STYLES[edge.kind] });
  }
  return { name: plan.name ?? 'Org plan', nodes, edges };
}
