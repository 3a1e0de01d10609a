/** One card of the chart as display-list shapes (display-list.ts draws the rest). */
import { NODE_HEIGHT, NODE_WIDTH } from '../layout/card-size';
import type { PlanNode, Position, Severity } from '../model/types';
import type { CardFieldLine } from '../view/card-fields';
import type { DisplayItem } from './display-list';
import { DANGER, INK, INK_MUTED, PAPER, cardTone } from './palette';
import { fitText, fittingSize, textWidth, wrapTwoLines } from './text-fit';

const PAD = 14;
const SEVERITY_COLOURS: Readonly<Record<Severity, string>> = { error: DANGER, warning: '#e67700', info: '#3b5bdb' };
type TextItem = Extract<DisplayItem, { kind: 'text' }>;

/**
 * A card's shapes: box, kind stripe, kind label, name (smaller or on two
 * lines when long), title, an optional problem marker, and for a collapsed
 * subtree exported "as shown" a second box behind and the count it holds.
 * With field lines (the plan's cardFields), as on the canvas: the title joins the
 * kind label, the name keeps one line and the fields follow it, in the same size.
 */
export function cardItems(
  node: PlanNode,
  at: Position,
  severity: Severity | undefined,
  folded = 0,
  fields: readonly CardFieldLine[] = [],
): DisplayItem[] {
  const tone = cardTone(node.kind, node.scope);
  const vacant = node.vacant === true;
  const textWidthLeft = NODE_WIDTH - 2 * PAD;
  const items: DisplayItem[] = [];
  if (folded > 0) {
    // A card behind the card: a stack, as collapsed subtrees look on the canvas.
    items.push({
      kind: 'rect',
      x: at.x + 6,
      y: at.y + 6,
      width: NODE_WIDTH,
      height: NODE_HEIGHT,
      radius: 8,
      fill: PAPER,
      stroke: tone.stroke,
      strokeWidth: 1.5,
    });
  }
  items.push(
    {
      kind: 'rect',
      x: at.x,
      y: at.y,
      width: NODE_WIDTH,
      height: NODE_HEIGHT,
      radius: 8,
      fill: vacant ? PAPER : tone.fill,
      stroke: tone.stroke,
      strokeWidth: 1.5,
      ...(vacant ? { dash: '5 4' } : {}),
    },
    { kind: 'rect', x: at.x, y: at.y + 8, width: 4, height: NODE_HEIGHT - 16, radius: 2, fill: tone.stroke },
  );
  const hasTitle = node.title !== undefined && node.title.trim() !== '';
  const label = vacant ? `${tone.label} · open role` : tone.label;
  const name = node.name.trim() !== '' ? node.name : vacant ? 'Open role' : `Unnamed ${tone.label.toLowerCase()}`;
  const text = (y: number, content: string, size: number, bold: boolean, fill: string): TextItem => ({
    kind: 'text',
    x: at.x + PAD,
    y: at.y + y,
    text: fitText(content, textWidthLeft, size, bold),
    size,
    bold,
    fill,
    anchor: 'start',
  });
  // A long name gets smaller, then takes two lines (the title moves down and gets smaller).
  const nameSize = fittingSize(name, textWidthLeft, 15, 13, true);
  if (fields.length > 0) {
    items.push(...withFieldLines(label, hasTitle ? (node.title ?? '') : '', name, fields, text, tone.stroke));
    pushMarkers(items, at, severity, folded, tone.stroke);
    return items;
  }
  items.push(text(22, label, 11, true, tone.stroke));
  const nameLines = wrapTwoLines(name, textWidthLeft, nameSize, true);
  const [first, second] = nameLines;
  if (second === undefined) {
    items.push({ ...text(46, first ?? '', nameSize, true, INK), role: 'name' });
    if (hasTitle) items.push(text(67, node.title ?? '', 12, false, INK_MUTED));
  } else {
    items.push({ ...text(40, first ?? '', nameSize, true, INK), role: 'name' });
    items.push({ ...text(57, second, nameSize, true, INK), role: 'name-2' });
    if (hasTitle) items.push(text(75, node.title ?? '', 11, false, INK_MUTED));
  }
  pushMarkers(items, at, severity, folded, tone.stroke);
  return items;
}

type TextAt = (y: number, content: string, size: number, bold: boolean, fill: string) => TextItem;

/** Kind label and title on the first line, the name on one line, then one line per field. */
function withFieldLines(
  label: string,
  title: string,
  name: string,
  fields: readonly CardFieldLine[],
  text: TextAt,
  stroke: string,
): DisplayItem[] {
  const items: DisplayItem[] = [];
  const kind = text(18, label, 11, true, stroke);
  items.push(kind);
  if (title !== '') {
    // The title starts after the kind label and shares the line's width with it.
    const gap = textWidth(label, 11, true) + 8;
    const room = NODE_WIDTH - 2 * PAD - gap;
    items.push({ ...text(18, title, 11, false, INK_MUTED), x: kind.x + gap, text: fitText(title, room, 11, false) });
  }
  items.push({ ...text(38, name, 14, true, INK), role: 'name' });
  fields.forEach((field, i) => {
    items.push(text(53 + 12 * i, field.value, 11, false, INK_MUTED));
  });
  return items;
}

/** The problem marker and, for a collapsed subtree, the count it holds. */
function pushMarkers(
  items: DisplayItem[],
  at: Position,
  severity: Severity | undefined,
  folded: number,
  stroke: string,
): void {
  if (severity !== undefined) {
    const cx = at.x + NODE_WIDTH - 14;
    const cy = at.y + 14;
    items.push(
      { kind: 'rect', x: cx - 9, y: cy - 9, width: 18, height: 18, radius: 9, fill: SEVERITY_COLOURS[severity] },
      { kind: 'text', x: cx, y: cy + 5, text: '!', size: 14, bold: true, fill: PAPER, anchor: 'middle' },
    );
  }
  if (folded > 0) {
    const label = `+${folded.toLocaleString('en-US')}`;
    const width = textWidth(label, 11, true) + 12;
    const x = at.x + NODE_WIDTH - width - 8;
    const y = at.y + NODE_HEIGHT - 24;
    items.push(
      { kind: 'rect', x, y, width, height: 17, radius: 8.5, fill: stroke },
      { kind: 'text', x: x + width / 2, y: y + 12.5, text: label, size: 11, bold: true, fill: PAPER, anchor: 'middle' },
    );
  }
}
