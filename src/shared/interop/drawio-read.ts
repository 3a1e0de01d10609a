/**
 * draw.io file → plan, for files made by our draw.io export and edited in
 * diagrams.net: nodes and lines keep their plan ids (`planId`), kinds
 * (`planKind`, `planScope`, `planVacant`, `planLevel`) and positions; names and
 * titles come from the labels (first line, rest), so renames made in
 * diagrams.net are kept. Shapes drawn in diagrams.net without our attributes
 * come in as people (vertices) and reporting lines, or dotted lines when
 * dashed. Compressed diagrams are refused with the setting that avoids them.
 */
import {
  isPersonKind,
  NODE_KINDS,
  SCOPES,
  EDGE_KINDS,
  emptyPlan,
  type EdgeKind,
  type NodeKind,
  type Plan,
  type PlanEdge,
  type PlanNode,
} from '../model/types';
import { readXml, type XmlNode } from './xml-read';

export type DrawioReadResult = { ok: true; plan: Plan } | { ok: false; message: string };

interface Cell {
  /** The attributes of the `object`/`UserObject` wrapper, or of the bare cell. */
  readonly data: ReadonlyMap<string, string>;
  readonly cell: XmlNode;
}

function child(node: XmlNode, name: string): XmlNode | undefined {
  return node.children.find((c) => c.name === name);
}

/** Breadth-first search for the first element with that name (no recursion). */
function find(root: XmlNode, name: string): XmlNode | undefined {
  const queue = [root];
  for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
    if (next.name === name) return next;
    queue.push(...next.children);
  }
  return undefined;
}

function cellsOf(root: XmlNode): Cell[] {
  return root.children.flatMap((element): Cell[] => {
    if (element.name === 'mxCell') return [{ data: element.attributes, cell: element }];
    const cell = child(element, 'mxCell');
    return (element.name === 'object' || element.name === 'UserObject') && cell !== undefined
      ? [{ data: element.attributes, cell }]
      : [];
  });
}

function oneOf<T extends string>(values: readonly T[], value: string | undefined): T | undefined {
  return values.find((v) => v === value);
}

/** A label as text: html labels (diagrams.net's default for new shapes) lose their markup. */
function labelText(label: string, style: string): string {
  if (!/(^|;)html=1/.test(style)) return label;
  return label
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
}

function nodeOf({ data, cell }: Cell, id: string): PlanNode {
  const kind: NodeKind = oneOf(NODE_KINDS, data.get('planKind')) ?? 'person';
  const vacant = isPersonKind(kind) && data.get('planVacant') === 'true';
  const [first = '', ...rest] = labelText(
    data.get('label') ?? cell.attributes.get('value') ?? '',
    cell.attributes.get('style') ?? '',
  ).split('\n');
  const shown = vacant && first.endsWith(' (vacant)') ? first.slice(0, -' (vacant)'.length) : first;
  const name = shown === '(unnamed)' ? '' : shown;
  const title = rest.join('\n');
  const geometry = child(cell, 'mxGeometry');
  const x = Number(geometry?.attributes.get('x') ?? 0);
  const y = Number(geometry?.attributes.get('y') ?? 0);
  const level = Number(data.get('planLevel'));
  return {
    id,
    kind,
    name,
    ...(title !== '' && { title }),
    ...(Number.isInteger(level) && data.has('planLevel') && { level }),
    ...(kind === 'stakeholder' && { scope: oneOf(SCOPES, data.get('planScope')) ?? 'internal' }),
    ...(Number.isFinite(x) && Number.isFinite(y) && { position: { x, y } }),
    ...(vacant && { vacant: true }),
  };
}

export function drawioToPlan(text: string, name?: string): DrawioReadResult {
  const read = readXml(text);
  if (!read.ok) return { ok: false, message: `not a draw.io file: ${read.message}` };
  const model = find(read.root, 'mxGraphModel');
  if (model === undefined) {
    const compressed = find(read.root, 'diagram')?.text.trim() ?? '';
    return {
      ok: false,
      message:
        compressed !== ''
          ? 'the diagram is compressed; in diagrams.net turn off File › Properties › Compressed and save again'
          : 'no mxGraphModel in the file',
    };
  }
  const root = child(model, 'root');
  const cells = root === undefined ? [] : cellsOf(root);
  const planIdOf = new Map<string, string>();
  const nodes: PlanNode[] = [];
  for (const entry of cells) {
    const cellId = entry.data.get('id') ?? entry.cell.attributes.get('id') ?? '';
    if (entry.cell.attributes.get('vertex') !== '1') continue;
    const id = entry.data.get('planId') ?? cellId;
    planIdOf.set(cellId, id);
    nodes.push(nodeOf(entry, id));
  }
  const edges: PlanEdge[] = [];
  for (const { data, cell } of cells) {
    if (cell.attributes.get('edge') !== '1') continue;
    const source = planIdOf.get(cell.attributes.get('source') ?? '');
    const target = planIdOf.get(cell.attributes.get('target') ?? '');
    // A line left dangling in diagrams.net has no plan meaning.
    if (source === undefined || target === undefined) continue;
    const dashed = /(^|;)dashed=1/.test(cell.attributes.get('style') ?? '');
    const kind: EdgeKind = oneOf(EDGE_KINDS, data.get('planKind')) ?? (dashed ? 'dotted-line' : 'reports-to');
    edges.push({ id: data.get('planId') ?? data.get('id') ?? `${kind}:${source}`, kind, source, target });
  }
  const diagramName = find(read.root, 'diagram')?.attributes.get('name');
  return { ok: true, plan: { ...emptyPlan(diagramName ?? name), nodes, edges } };
}
