/** The export's colours and labels: the light theme of the app (renderer styles/tokens.css), by kind. */
import type { EdgeKind, NodeKind, Scope } from '../model/types';

export const INK = '#1a2030';
export const INK_MUTED = '#586274';
export const PAPER = '#ffffff';
export const DANGER = '#c92a4d';

export interface CardTone {
  readonly label: string;
  readonly stroke: string;
  readonly fill: string;
}

const PERSON_TONES: Readonly<Record<'pm' | 'po' | 'person' | 'team', CardTone>> = {
  pm: { label: 'Product Manager', stroke: '#6741d9', fill: '#efe9ff' },
  po: { label: 'Product Owner', stroke: '#0b7285', fill: '#e0f4f7' },
  person: { label: 'Person', stroke: '#56627a', fill: '#edf0f4' },
  team: { label: 'Scrum team', stroke: '#1c6fc9', fill: '#e5f0fc' },
};
const STAKEHOLDER_TONES: Readonly<Record<Scope, CardTone>> = {
  internal: { label: 'Internal stakeholder', stroke: '#c25e00', fill: '#fff1dc' },
  external: { label: 'External stakeholder', stroke: '#c2255c', fill: '#ffe6ee' },
};

export function cardTone(kind: NodeKind, scope: Scope | undefined): CardTone {
  return kind === 'stakeholder' ? STAKEHOLDER_TONES[scope ?? 'internal'] : PERSON_TONES[kind];
}

export interface LineStyle {
  readonly label: string;
  readonly stroke: string;
  readonly width: number;
  /** SVG stroke-dasharray, or undefined for a solid line. */
  readonly dash?: string;
}

export const LINE_STYLES: Readonly<Record<EdgeKind, LineStyle>> = {
  'reports-to': { label: 'Reports to', stroke: '#4b5567', width: 1.9 },
  'dotted-line': { label: 'Dotted line', stroke: '#4b5567', width: 1.6, dash: '6 5' },
  'member-of': { label: 'Member of team', stroke: '#5b8fd0', width: 1.6 },
  engages: { label: 'Engages', stroke: '#d9892b', width: 1.4 },
};
/** Engaging an external stakeholder is drawn in the external colour, as on the canvas. */
export const ENGAGES_EXTERNAL: LineStyle = { label: 'Engages (external)', stroke: '#d6336c', width: 1.4 };
