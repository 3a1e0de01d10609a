/**
 * Plan → Mermaid flowchart (`flowchart TD`), for Markdown that GitHub, GitLab
 * and wikis render. Managers sit above their reports (`manager --> report`),
 * dotted lines are `-.->`, team membership `team --- member`, engagement
 * `person ==> stakeholder`. Node ids are generated (`n0`…) and each one's
 * plan id is kept in a `%% node n0 = "pm1"` comment; kinds are classes with
 * the chart's colours. Labels are quoted with Mermaid's entity codes, so a
 * name cannot break the syntax. Mermaid's renderer stops at 500 lines by
 * default (`maxEdges`): `MERMAID_MAX_EDGES` lets callers warn and offer a subtree.
 */
import type { EdgeKind, NodeKind, Plan } from '../model/types';
import { cardTone } from '../render/palette';
import { diagramOf } from './diagram-plan';

export const MERMAID_MAX_EDGES = 500;

const OPERATORS: Readonly<Record<EdgeKind, string>> = {
  'reports-to': '-->',
  'dotted-line': '-.->',
  'member-of': '---',
  engages: '==>',
};

/** Shapes: rounded boxes for people, a hexagon for teams, a stadium for stakeholders. */
const BRACKETS: Readonly<Record<NodeKind, readonly [string, string]>> = {
  pm: ['(', ')'],
  po: ['(', ')'],
  person: ['(', ')'],
  team: ['{{', '}}'],
  stakeholder: ['([', '])'],
};

const ENTITIES: Readonly<Record<string, string>> = {
  '#': '#35;',
  '"': '#quot;',
  '<': '#lt;',
  '>': '#gt;',
  '&': '#amp;',
  '`': '#96;',
};

/** Label text inside `"…"`: Mermaid's `#name;` entities for what would end or mark up the label; lines as `<br/>`. */
export function mermaidLabel(text: string): string {
  return text
    .replace(/[#"<>&`]/g, (char) => ENTITIES[char] ?? char)
    .replace(/\r\n|\r|\n/g, '<br/>')
    .replace(/\t/g, ' ');
}

/** The plan id in a `%%` comment: JSON-quoted, line breaks escaped, so it stays on its line. */
function commentId(id: string): string {
  return JSON.stringify(id)
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

export function planToMermaid(plan: Plan): string {
  const diagram = diagramOf(plan);
  const ids = new Map<string, string>();
  const lines = ['flowchart TD'];
  const byKind = new Map<string, string[]>();
  diagram.nodes.forEach(({ node, label }, index) => {
    const id = `n${index}`;
    ids.set(node.id, id);
    const [open, close] = BRACKETS[node.kind];
    lines.push(`  %% node ${id} = ${commentId(node.id)}`, `  ${id}${open}"${mermaidLabel(label)}"${close}`);
    const kindClass = node.kind === 'stakeholder' ? `stakeholder_${node.scope ?? 'internal'}` : node.kind;
    byKind.set(kindClass, [...(byKind.get(kindClass) ?? []), id]);
  });
  for (const { edge } of diagram.edges) {
    const source = ids.get(edge.source) ?? '';
    const target = ids.get(edge.target) ?? '';
    // Managers, teams above: the reports-to and member-of lines are drawn from the upper node.
    const downwards = edge.kind === 'reports-to' || edge.kind === 'dotted-line' || edge.kind === 'member-of';
    const [from, to] = downwards ? [target, source] : [source, target];
    lines.push(`  %% edge ${commentId(edge.id)}`, `  ${from} ${OPERATORS[edge.kind]} ${to}`);
  }
  for (const [kindClass, members] of byKind) {
    const [kind, scope] = kindClass.split('_') as [NodeKind, 'internal' | 'external' | undefined];
    const tone = cardTone(kind, scope);
    lines.push(`  classDef ${kindClass} fill:${tone.fill},stroke:${tone.stroke},color:#1a2030`);
    lines.push(`  class ${members.join(',')} ${kindClass}`);
  }
  return `${lines.join('\n')}\n`;
}
