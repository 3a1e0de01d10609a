/**
 * Plan → GraphML with yEd's extensions (`y:ShapeNode`, `y:PolyLineEdge`), so
 * yEd opens it with positions, shapes and colours per kind and dashed dotted
 * lines, and any GraphML tool still reads the graph and its data keys. GraphML
 * ids are generated (`n0`, `e0`); the plan's ids, kinds and titles are data.
 */
import type { NodeKind, Plan } from '../model/types';
import { NODE_HEIGHT, NODE_WIDTH, diagramOf, type DiagramEdge, type DiagramNode } from './diagram-plan';
import { xmlAttributes, xmlText } from './xml-escape';

const SHAPES: Readonly<Record<NodeKind, string>> = {
  pm: 'roundrectangle',
  po: 'roundrectangle',
  person: 'roundrectangle',
  team: 'hexagon',
  stakeholder: 'ellipse',
};

/** Data keys: yEd's graphics, then the plan's own fields, which other GraphML tools show. */
const KEYS = [
  '  <key for="node" id="ng" yfiles.type="nodegraphics"/>',
  '  <key for="edge" id="eg" yfiles.type="edgegraphics"/>',
  '  <key for="node" id="planId" attr.name="planId" attr.type="string"/>',
  '  <key for="node" id="kind" attr.name="kind" attr.type="string"/>',
  '  <key for="node" id="name" attr.name="name" attr.type="string"/>',
  '  <key for="node" id="title" attr.name="title" attr.type="string"/>',
  '  <key for="edge" id="edgePlanId" attr.name="planId" attr.type="string"/>',
  '  <key for="edge" id="edgeKind" attr.name="kind" attr.type="string"/>',
];

function data(key: string, value: string, indent: string): string {
  return `${indent}<data key="${key}">${xmlText(value)}</data>`;
}

function nodeXml({ node, position, tone, label }: DiagramNode, index: number): string[] {
  const border = node.vacant === true ? 'dashed' : 'line';
  return [
    `    <node id="n${index}">`,
    data('planId', node.id, '      '),
    data('kind', node.kind, '      '),
    data('name', node.name, '      '),
    ...(node.title === undefined ? [] : [data('title', node.title, '      ')]),
    '      <data key="ng">',
    '        <y:ShapeNode>',
    `          <y:Geometry${xmlAttributes({ x: position.x, y: position.y, width: NODE_WIDTH, height: NODE_HEIGHT })}/>`,
    `          <y:Fill${xmlAttributes({ color: tone.fill, transparent: 'false' })}/>`,
    `          <y:BorderStyle${xmlAttributes({ color: tone.stroke, type: border, width: 1.5 })}/>`,
    `          <y:NodeLabel${xmlAttributes({ alignment: 'center', autoSizePolicy: 'content', textColor: '#1a2030' })}>${xmlText(label)}</y:NodeLabel>`,
    `          <y:Shape type="${SHAPES[node.kind]}"/>`,
    '        </y:ShapeNode>',
    '      </data>',
    '    </node>',
  ];
}

function edgeXml({ edge, style }: DiagramEdge, index: number, nodeIds: ReadonlyMap<string, string>): string[] {
  const ends = { source: nodeIds.get(edge.source) ?? '', target: nodeIds.get(edge.target) ?? '' };
  const line = { color: style.stroke, type: style.dash === undefined ? 'line' : 'dashed', width: style.width };
  return [
    `    <edge${xmlAttributes({ id: `e${index}`, ...ends })}>`,
    data('edgePlanId', edge.id, '      '),
    data('edgeKind', edge.kind, '      '),
    '      <data key="eg">',
    '        <y:PolyLineEdge>',
    `          <y:LineStyle${xmlAttributes(line)}/>`,
    `          <y:Arrows source="none" target="${edge.kind === 'member-of' ? 'none' : 'standard'}"/>`,
    '        </y:PolyLineEdge>',
    '      </data>',
    '    </edge>',
  ];
}

export function planToGraphml(plan: Plan): string {
  const diagram = diagramOf(plan);
  const nodeIds = new Map(diagram.nodes.map((item, index) => [item.node.id, `n${index}`]));
  return [
    '<?xml version="1.0" encoding="UTF-8" standalone="no"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:y="http://www.yworks.com/xml/graphml" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://www.yworks.com/xml/schema/graphml/1.1/ygraphml.xsd">',
    ...KEYS,
    '  <graph id="org-plan" edgedefault="directed">',
    ...diagram.nodes.flatMap(nodeXml),
    ...diagram.edges.flatMap((item, index) => edgeXml(item, index, nodeIds)),
    '  </graph>',
    '</graphml>',
    '',
  ].join('\n');
}
