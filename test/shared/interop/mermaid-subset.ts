/**
 * A parser of exactly the Mermaid subset planToMermaid writes, for parse-back
 * tests: it throws on any line outside that subset, so a writer change that
 * emits something else (or a label that escapes its quotes) fails the tests.
 */
export interface ParsedMermaid {
  nodes: { id: string; planId: string; label: string; shape: string }[];
  edges: { planId: string; from: string; operator: string; to: string }[];
  classes: Map<string, string>;
}

const NODE = /^(n\d+)(\(\[|\{\{|\()"([^"]*)"(\]\)|\}\}|\))$/;
const EDGE = /^(n\d+) (-->|-\.->|---|==>) (n\d+)$/;
const CLOSING: Readonly<Record<string, string>> = { '(': ')', '{{': '}}', '([': '])' };
const SHAPE: Readonly<Record<string, string>> = { '(': 'round', '{{': 'hexagon', '([': 'stadium' };
const NAMED: Readonly<Record<string, string>> = { quot: '"', lt: '<', gt: '>', amp: '&' };

function decodeLabel(text: string): string {
  return text
    .replace(/<br\/>/g, '\n')
    .replace(/#(\w+);/g, (whole, code: string) =>
      /^\d+$/.test(code) ? String.fromCodePoint(Number(code)) : (NAMED[code] ?? whole),
    );
}

export function parseMermaidSubset(text: string): ParsedMermaid {
  const lines = text.split('\n');
  if (lines[0] !== 'flowchart TD') throw new Error(`not a top-down flowchart: ${lines[0] ?? ''}`);
  const parsed: ParsedMermaid = { nodes: [], edges: [], classes: new Map() };
  let pendingNode: { id: string; planId: string } | undefined;
  let pendingEdge: string | undefined;
  for (const raw of lines.slice(1)) {
    const line = raw.trim();
    if (line === '') continue;
    const nodeComment = /^%% node (n\d+) = (".*")$/.exec(line);
    const edgeComment = /^%% edge (".*")$/.exec(line);
    const node = NODE.exec(line);
    const edge = EDGE.exec(line);
    const classDef = /^classDef (\w+) fill:#[0-9a-f]{6},stroke:#[0-9a-f]{6},color:#[0-9a-f]{6}$/.exec(line);
    const classLine = /^class ([\w,]+) (\w+)$/.exec(line);
    if (nodeComment !== null) {
      pendingNode = { id: nodeComment[1] ?? '', planId: JSON.parse(nodeComment[2] ?? '') as string };
    } else if (edgeComment !== null) {
      pendingEdge = JSON.parse(edgeComment[1] ?? '') as string;
    } else if (node !== null) {
      const [, id = '', open = '', label = '', close = ''] = node;
      if (pendingNode?.id !== id || CLOSING[open] !== close) throw new Error(`unexpected node line: ${line}`);
      parsed.nodes.push({ id, planId: pendingNode.planId, label: decodeLabel(label), shape: SHAPE[open] ?? '' });
      pendingNode = undefined;
    } else if (edge !== null) {
      if (pendingEdge === undefined) throw new Error(`edge without its id comment: ${line}`);
      parsed.edges.push({ planId: pendingEdge, from: edge[1] ?? '', operator: edge[2] ?? '', to: edge[3] ?? '' });
      pendingEdge = undefined;
    } else if (classLine !== null) {
      for (const id of (classLine[1] ?? '').split(',')) parsed.classes.set(id, classLine[2] ?? '');
    } else if (classDef === null) {
      throw new Error(`line outside the subset: ${line}`);
    }
  }
  return parsed;
}
