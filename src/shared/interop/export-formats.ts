/**
 * The diagram and table exports the app offers beside its images (draw.io, Mermaid, GraphML, CSV): their
 * file extensions and media types, and one function that writes any of them, for part of the plan when
 * asked, as `org-planner export` does. The app's Export dialog, main's save dialog and the browser's
 * download all read these, so a format has one extension everywhere.
 */
import type { Plan } from '../model/types';
import { planToCsv } from './csv-export';
import { planToDrawio } from './drawio';
import { planToGraphml } from './graphml';
import { planToMermaid } from './mermaid';
import { subtreePlan } from './subtree';

export const DIAGRAM_FORMATS = ['drawio', 'mermaid', 'graphml', 'csv'] as const;
export type DiagramFormat = (typeof DIAGRAM_FORMATS)[number];

export const isDiagramFormat = (value: unknown): value is DiagramFormat =>
  (DIAGRAM_FORMATS as readonly unknown[]).includes(value);

export const DIAGRAM_EXTENSIONS: Readonly<Record<DiagramFormat, string>> = {
  drawio: 'drawio',
  mermaid: 'mmd',
  graphml: 'graphml',
  csv: 'csv',
};

export const DIAGRAM_MEDIA_TYPES: Readonly<Record<DiagramFormat, string>> = {
  drawio: 'application/vnd.jgraph.mxfile',
  mermaid: 'text/vnd.mermaid',
  graphml: 'application/graphml+xml',
  csv: 'text/csv',
};

export const DIAGRAM_LABELS: Readonly<Record<DiagramFormat, string>> = {
  drawio: 'draw.io',
  mermaid: 'Mermaid',
  graphml: 'GraphML',
  csv: 'CSV',
};

export interface DiagramOptions {
  /** Only this node and everyone under it (`export --subtree`); the whole plan when absent. */
  readonly subtree?: string;
  /** CSV: which of the people's fields become columns; all when absent. */
  readonly fields?: readonly string[];
}

/** The part of the plan exported: a subtree when one is chosen and exists, else the whole plan. */
export function exportedPart(plan: Plan, subtree: string | undefined): Plan {
  return subtree === undefined ? plan : (subtreePlan(plan, subtree) ?? plan);
}

/**
 * The file's text. A CSV file starts with a UTF-8 byte order mark, as the CLI's `--out` writes it, so
 * Excel reads it as UTF-8 (our importer skips the mark).
 */
export function writeDiagram(plan: Plan, format: DiagramFormat, options: DiagramOptions = {}): string {
  const part = exportedPart(plan, options.subtree);
  switch (format) {
    case 'drawio':
      return planToDrawio(part);
    case 'mermaid':
      return planToMermaid(part);
    case 'graphml':
      return planToGraphml(part);
    case 'csv':
      return `\uFEFF${planToCsv(part, options.fields === undefined ? {} : { fields: options.fields })}`;
  }
}
