/**
 * Plan → draw.io (diagrams.net) file: an uncompressed `mxGraphModel`, so the
 * file is readable, diffable and opens in diagrams.net as it is. Each node is
 * an `object` (draw.io's custom-properties wrapper) carrying the plan's id and
 * kind as `planId` and `planKind` (with `planScope`, `planVacant`, `planLevel`
 * when set; drawio-read.ts reads them back), around a vertex at the
 * node's position, styled per kind (the chart export's colours; stakeholders
 * as ellipses, teams as hexagons, vacant roles dashed). Each line is an edge
 * object from the plan's source to its target; dotted lines are dashed.
 */
import type { NodeKind, Plan } from '../model/types';
import { NODE_HEIGHT, NODE_WIDTH, diagramOf, type DiagramEdge, type DiagramNode } from './diagram-plan';
import { xmlAttributes } from './xml-escape';

const SHAPES: Readonly<Record<NodeKind, string>> = {
  pm: 'rounded=1;arcSize=12',
  po: 'rounded=1;arcSize=12',
  person: 'rounded=1;arcSize=12',
  team: 'shape=hexagon;perimeter=hexagonPerimeter2;size=0.08',
  stakeholder: 'ellipse',
};

/** Cell ids: the plan's ids can be anything, so draw.io gets its own and the plan's ride along as attributes. */
function drawioNodeCellId(index: number): string {
  return `node-${index}`;
}

/** The plan's fields that the picture does not show exactly, so the file imports again as the same plan. */
function planAttributes({ node }: DiagramNode): Record<string, string | number> {
  return {
    planId: node.id,
    planKind: node.kind,
    ...(node.scope !== undefined && { planScope: node.scope }),
    ...(node.vacant === true && { planVacant: 'true' }),
    ...(node.level !== undefined && { planLevel: node.level }),
  };
}

function vertexStyle({ node, tone }: DiagramNode): string {
  const dashed = node.vacant === true ? 'dashed=1;' : '';
  return `${SHAPES[node.kind]};whiteSpace=wrap;html=0;fillColor=${tone.fill};strokeColor=${tone.stroke};fontColor=#1a2030;${dashed}`;
}

function edgeStyle({ edge, style }: DiagramEdge): string {
  const dashed = style.dash === undefined ? '' : 'dashed=1;';
  const arrow = edge.kind === 'member-of' ? 'endArrow=none' : 'endArrow=block;endFill=1';
  return `edgeStyle=orthogonalEdgeStyle;rounded=1;html=0;${arrow};strokeColor=${style.stroke};strokeWidth=${style.width};${dashed}`;
}

export function planToDrawio(plan: Plan): string {
  const diagram = diagramOf(plan);
  const cellOf = new Map<string, string>();
  const lines: string[] = [];
  diagram.nodes.forEach((item, index) => {
    const cell = drawioNodeCellId(index);
    cellOf.set(item.node.id, cell);
    const { x, y } = item.position;
    lines.push(
      `        <object${xmlAttributes({ id: cell, label: item.label, ...planAttributes(item) })}>`,
      `          <mxCell${xmlAttributes({ style: vertexStyle(item), vertex: 1, parent: 1 })}>`,
      `            <mxGeometry${xmlAttributes({ x, y, width: NODE_WIDTH, height: NODE_HEIGHT, as: 'geometry' })}/>`,
      '          </mxCell>',
      '        </object>',
    );
  });
  diagram.edges.forEach((item, index) => {
    const ids = { id: `edge-${index}`, label: '', planId: item.edge.id, planKind: item.edge.kind };
    const ends = { source: cellOf.get(item.edge.source) ?? '', target: cellOf.get(item.edge.target) ?? '' };
    lines.push(
      `        <object${xmlAttributes(ids)}>`,
      `          <mxCell${xmlAttributes({ style: edgeStyle(item), edge: 1, parent: 1, ...ends })}>`,
      '            <mxGeometry relative="1" as="geometry"/>',
      '          </mxCell>',
      '        </object>',
    );
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<mxfile${xmlAttributes({ host: 'org-planner', type: 'device', compressed: 'false' })}>`,
    `  <diagram${xmlAttributes({ id: 'org-plan', name: diagram.name })}>`,
    '    <mxGraphModel grid="1" gridSize="10" guides="1" tooltips="1" connect="1" arrows="1" fold="1" page="0" pageScale="1" math="0" shadow="0">',
    '      <root>',
    '        <mxCell id="0"/>',
    '        <mxCell id="1" parent="0"/>',
    ...lines,
    '      </root>',
    '    </mxGraphModel>',
    '  </diagram>',
    '</mxfile>',
    '',
  ].join('\n');
}
