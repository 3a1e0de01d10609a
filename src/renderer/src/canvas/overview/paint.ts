/**
 * Paints a draw list on a 2D context: lines first, then the cards batched by colour (a handful of fills and
 * strokes for the whole org, not one per card), then the rings, problem dots and labels. Everything is in CSS
 * pixels; the caller's transform scales it to the device pixel ratio.
 */
import type { DrawCard, DrawList } from './draw-list';
import { LABEL_PAD_LEFT, LABEL_PAD_RIGHT } from './draw-list';
import type { TextMeasurer } from './fit-text';
import type { LineStyle, SceneLine, Tone } from './scene';
import type { OverviewTheme } from './theme';

type Fitter = (measurer: TextMeasurer, text: string, maxWidth: number) => string;

/** Canvas-pixel dash patterns as in canvas.css, never finer than 2 screen pixels so they still read. */
const DASHES: Partial<Record<LineStyle, readonly [number, number]>> = { dotted: [6, 5], invalid: [2, 4] };
const LINE_WIDTHS: Record<LineStyle, number> = {
  reports: 1.9,
  dotted: 1.6,
  member: 1.6,
  engages: 1.4,
  external: 1.4,
  invalid: 1.6,
};

function tracePolyline(ctx: CanvasRenderingContext2D, line: SceneLine, zoom: number, tx: number, ty: number): void {
  const p = line.points;
  ctx.moveTo((p[0] as number) * zoom + tx, (p[1] as number) * zoom + ty);
  for (let i = 2; i + 1 < p.length; i += 2) ctx.lineTo((p[i] as number) * zoom + tx, (p[i + 1] as number) * zoom + ty);
}

/** The middle of a line's middle segment, where the canvas puts its problem symbol. */
function lineMiddle(line: SceneLine): [number, number] {
  const p = line.points;
  const segments = p.length / 2 - 1;
  const i = Math.floor((segments - 1) / 2) * 2;
  return [((p[i] as number) + (p[i + 2] as number)) / 2, ((p[i + 1] as number) + (p[i + 3] as number)) / 2];
}

function paintLines(ctx: CanvasRenderingContext2D, list: DrawList, theme: OverviewTheme): void {
  const { zoom, x: tx, y: ty } = list.viewport;
  const byStyle = new Map<LineStyle, SceneLine[]>();
  const emphasised: SceneLine[] = [];
  for (const line of list.lines) {
    if (line.selected || list.highlightedLines.has(line.id)) emphasised.push(line);
    else {
      const group = byStyle.get(line.style);
      if (group === undefined) byStyle.set(line.style, [line]);
      else group.push(line);
    }
  }
  for (const [style, lines] of byStyle) {
    const dash = DASHES[style];
    ctx.setLineDash(dash === undefined ? [] : dash.map((d) => Math.max(2, d * zoom)));
    ctx.lineWidth = Math.max(1, LINE_WIDTHS[style] * zoom);
    ctx.strokeStyle = theme.lines[style];
    ctx.beginPath();
    for (const line of lines) tracePolyline(ctx, line, zoom, tx, ty);
    ctx.stroke();
  }
  ctx.setLineDash([]);
  for (const line of emphasised) {
    const highlighted = list.highlightedLines.has(line.id);
    ctx.lineWidth = Math.max(2, 2.6 * zoom);
    ctx.strokeStyle = highlighted ? theme.highlightLine : theme.accent;
    if (highlighted) {
      ctx.beginPath();
      tracePolyline(ctx, line, zoom, tx, ty);
      ctx.save();
      ctx.lineWidth += 3;
      ctx.strokeStyle = theme.highlight;
      ctx.stroke();
      ctx.restore();
    }
    ctx.beginPath();
    tracePolyline(ctx, line, zoom, tx, ty);
    ctx.stroke();
  }
  for (const line of list.lines) {
    if (line.problem === null) continue;
    const [mx, my] = lineMiddle(line);
    dot(ctx, mx * zoom + tx, my * zoom + ty, 3, theme.severities[line.problem]);
  }
}

function dot(ctx: CanvasRenderingContext2D, x: number, y: number, r: number, colour: string): void {
  ctx.beginPath();
  ctx.arc(x, y, r, 0, Math.PI * 2);
  ctx.fillStyle = colour;
  ctx.fill();
}

function traceBox(ctx: CanvasRenderingContext2D, d: DrawCard, radius: number, inset = 0): void {
  const x = d.sx - inset;
  const y = d.sy - inset;
  const w = d.sw + 2 * inset;
  const h = d.sh + 2 * inset;
  // Rounded corners only where they show: a plain rectangle is cheaper for the thousands of tiny boxes at fit.
  if (radius + inset < 1) ctx.rect(x, y, w, h);
  else ctx.roundRect(x, y, w, h, Math.min(radius + inset, h / 2));
}

function paintCards(ctx: CanvasRenderingContext2D, list: DrawList, theme: OverviewTheme): void {
  const radius = Math.min(10 * list.viewport.zoom, 8);
  const byTone = new Map<Tone, DrawCard[]>();
  for (const d of list.cards) {
    const group = byTone.get(d.card.tone);
    if (group === undefined) byTone.set(d.card.tone, [d]);
    else group.push(d);
  }
  ctx.lineWidth = 1;
  for (const [tone, cards] of byTone) {
    const colours = theme.tones[tone];
    ctx.beginPath();
    for (const d of cards) traceBox(ctx, d, radius);
    ctx.fillStyle = colours.fill;
    ctx.fill();
    ctx.strokeStyle = colours.stroke;
    ctx.setLineDash([]);
    ctx.beginPath();
    for (const d of cards) if (!d.card.vacant) traceBox(ctx, d, radius);
    ctx.stroke();
    // Open roles: dashed, like the empty seats on the canvas.
    ctx.setLineDash([3, 2]);
    ctx.beginPath();
    for (const d of cards) if (d.card.vacant) traceBox(ctx, d, radius);
    ctx.stroke();
    ctx.setLineDash([]);
    // The tone stripe on the left, once a card is wide enough for it to read as one.
    ctx.fillStyle = colours.stroke;
    ctx.beginPath();
    for (const d of cards) if (d.sw >= 24 && d.card.tone !== 'team') ctx.rect(d.sx, d.sy, 3, d.sh);
    ctx.fill();
  }
}

function paintRings(ctx: CanvasRenderingContext2D, list: DrawList, theme: OverviewTheme): void {
  const radius = Math.min(10 * list.viewport.zoom, 8);
  for (const d of list.cards) {
    if (d.highlighted) {
      ctx.lineWidth = 3;
      ctx.strokeStyle = theme.highlight;
      ctx.beginPath();
      traceBox(ctx, d, radius, 2);
      ctx.stroke();
    }
    if (d.card.selected) {
      ctx.lineWidth = 2;
      ctx.strokeStyle = theme.accent;
      ctx.beginPath();
      traceBox(ctx, d, radius, d.highlighted ? 5 : 3);
      ctx.stroke();
    }
    if (d.focused) {
      ctx.lineWidth = 3;
      ctx.strokeStyle = theme.focus;
      ctx.beginPath();
      traceBox(ctx, d, radius, 8);
      ctx.stroke();
    }
    if (d.card.problem !== null) {
      const r = Math.max(2.5, Math.min(5, d.sh * 0.12));
      dot(ctx, d.sx + d.sw - r - 1, d.sy + r + 1, r, theme.severities[d.card.problem]);
    }
  }
}

function paintLabels(ctx: CanvasRenderingContext2D, list: DrawList, theme: OverviewTheme, fit: Fitter): void {
  const nameFont = `600 ${list.nameFont}px ${theme.font}`;
  const titleFont = `${list.titleFont}px ${theme.font}`;
  ctx.textBaseline = 'middle';
  ctx.textAlign = 'left';
  for (const d of list.cards) {
    if (!d.showName) continue;
    const room = d.sw - LABEL_PAD_LEFT - LABEL_PAD_RIGHT;
    const x = d.sx + LABEL_PAD_LEFT;
    const middle = d.sy + d.sh / 2;
    const nameY = d.showTitle ? middle - list.titleFont * 0.6 : middle;
    ctx.font = nameFont;
    ctx.fillStyle = d.card.vacant ? theme.textMuted : theme.text;
    ctx.fillText(fit(ctx, d.card.name, room), x, nameY);
    if (!d.showTitle) continue;
    ctx.font = titleFont;
    ctx.fillStyle = theme.textMuted;
    ctx.fillText(fit(ctx, d.card.title, room), x, middle + list.nameFont * 0.6);
  }
}

export function paintOverview(
  ctx: CanvasRenderingContext2D,
  list: DrawList,
  theme: OverviewTheme,
  dpr: number,
  fit: Fitter,
): void {
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  ctx.clearRect(0, 0, list.viewport.width, list.viewport.height);
  paintLines(ctx, list, theme);
  paintCards(ctx, list, theme);
  paintRings(ctx, list, theme);
  paintLabels(ctx, list, theme, fit);
}
