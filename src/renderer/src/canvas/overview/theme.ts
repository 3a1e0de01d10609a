/**
 * The overview's colours, from the CSS design tokens (tokens.css, problems.css): read once per theme change from
 * the computed style, so the canvas drawing follows the light and dark themes exactly as the cards do.
 */
import type { Severity } from '@shared/model/types';
import type { LineStyle, Tone } from './scene';

export interface ToneColours {
  /** The kind's strong tone: the border and stripe. */
  readonly stroke: string;
  /** The box: the tone mixed into the surface, as the CSS semantic zoom draws cards (nodes.css); text reads on it. */
  readonly fill: string;
}

export interface OverviewTheme {
  readonly tones: Readonly<Record<Tone, ToneColours>>;
  readonly lines: Readonly<Record<LineStyle, string>>;
  readonly severities: Readonly<Record<Severity, string>>;
  readonly text: string;
  readonly textMuted: string;
  readonly accent: string;
  readonly focus: string;
  readonly highlight: string;
  readonly highlightLine: string;
  readonly surface: string;
  /** The UI font family, for the labels. */
  readonly font: string;
}

const TONES: readonly Tone[] = ['pm', 'po', 'person', 'team', 'internal', 'external'];

/** A token's colour as [r, g, b]: #rgb, #rrggbb (with or without alpha) or rgb()/rgba(); null otherwise. */
function parseColour(colour: string): number[] | null {
  const hex = /^#([0-9a-f]{3,8})$/i.exec(colour)?.[1];
  if (hex !== undefined && (hex.length === 3 || hex.length === 4))
    return [0, 1, 2].map((i) => Number.parseInt((hex[i] as string).repeat(2), 16));
  if (hex !== undefined && (hex.length === 6 || hex.length === 8))
    return [0, 2, 4].map((i) => Number.parseInt(hex.slice(i, i + 2), 16));
  const rgb = /^rgba?\(\s*(\d+)[\s,]+(\d+)[\s,]+(\d+)/i.exec(colour);
  return rgb === null ? null : [1, 2, 3].map((i) => Number(rgb[i]));
}

/**
 * `a` mixed `share` into `b`, as CSS `color-mix(in srgb, a share, b)`; `a` itself when either is not a colour
 * parseColour reads. The built stylesheet is minified, so a token written #ffffff arrives as #fff.
 */
export function mixHex(a: string, b: string, share: number): string {
  const ca = parseColour(a);
  const cb = parseColour(b);
  if (ca === null || cb === null) return a;
  const mixed = ca.map((v, i) => Math.round(v * share + (cb[i] as number) * (1 - share)));
  return `#${mixed.map((v) => v.toString(16).padStart(2, '0')).join('')}`;
}

/** `token(name)` gives a custom property's value ('--pm' → '#6741d9'). */
export function themeFrom(token: (name: string) => string): OverviewTheme {
  const surface = token('--surface');
  const tones = {} as Record<Tone, ToneColours>;
  for (const tone of TONES) {
    const stroke = token(`--${tone}`);
    tones[tone] = { stroke, fill: mixHex(stroke, surface, 0.35) };
  }
  return {
    tones,
    lines: {
      reports: token('--edge-reports'),
      dotted: token('--edge-reports'),
      member: token('--edge-member'),
      engages: token('--edge-engages'),
      external: token('--edge-external'),
      invalid: token('--danger'),
    },
    severities: { error: token('--sev-error'), warning: token('--sev-warning'), info: token('--sev-info') },
    text: token('--text'),
    textMuted: token('--text-muted'),
    accent: token('--accent'),
    focus: token('--accent-strong'),
    highlight: token('--highlight'),
    highlightLine: token('--highlight-line'),
    surface,
    font: token('--font') || 'sans-serif',
  };
}

export function readTheme(element: Element): OverviewTheme {
  const style = getComputedStyle(element);
  return themeFrom((name) => style.getPropertyValue(name).trim());
}
