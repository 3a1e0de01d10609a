/**
 * Validators for everything the renderer sends. Each one takes an untrusted
 * value and returns it typed, or throws a PayloadError: wrong types, unknown
 * keys (a smuggled `path` among them), oversized text. Plan text is checked
 * against the core's size cap; its content is checked by the core's parser in
 * the flows that use it.
 */
import { isAbsolute } from 'node:path';
import { looksLikeDrawio } from '@shared/interop/drawio-open';
import { DIAGRAM_LABELS, isDiagramFormat, type DiagramFormat } from '@shared/interop/export-formats';
import { parseRuleSet } from '@shared/interop/rule-set';
import { MAX_PLAN_BYTES } from '@shared/model/limits';
import {
  IMAGE_FORMATS,
  isPanelId,
  isPanelState,
  MAX_PANELS,
  MAX_PIXEL_RATIO,
  THEMES,
  type Preferences,
  type PreferencesPatch,
} from '@shared/settings/preferences';
import type { DiagramExport, DocumentState, ExportFile, ImageExport } from '../../preload/api';
import { looksLikePlanPath } from '../cli-args';
import { MAX_RULE_SET_BYTES } from '../documents/rule-set-flow';

export class PayloadError extends TypeError {
  override readonly name = 'PayloadError';
}

export type Validator<T> = (value: unknown, name: string) => T;

/** Rendered images: generous, but bounded (a 16k × 16k PNG at 2× stays far below). */
export const MAX_IMAGE_BYTES = 256 * 1024 * 1024;
export const MAX_DOCUMENT_NAME = 500;
const MAX_PATH_LENGTH = 4096;
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
/** "%PDF-": what every PDF file starts with. */
const PDF_SIGNATURE = [0x25, 0x50, 0x44, 0x46, 0x2d];

function fail(name: string, expected: string): never {
  throw new PayloadError(`${name}: expected ${expected}`);
}

/** A plain object (not an array, a Date, a Map...) whose keys are all in `allowed` (any key for 'any'). */
function plainObject(value: unknown, name: string, allowed: readonly string[] | 'any'): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) fail(name, 'an object');
  const proto: unknown = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) fail(name, 'a plain object');
  const record = value as Record<string, unknown>;
  if (allowed !== 'any') {
    for (const key of Object.keys(record)) if (!allowed.includes(key)) fail(`${name}.${key}`, 'no such field');
  }
  return record;
}

/**
 * The one plan limit, in UTF-8 bytes as the file on disk would hold it, for Save, drafts and the
 * close answer alike: any plan the app can open or produce (import-csv refuses larger ones) passes.
 */
export const planText: Validator<string> = (value, name) => {
  if (typeof value !== 'string') fail(name, 'the plan as a string');
  // Each UTF-16 unit is at least one UTF-8 byte: the length alone refuses the hugest texts without counting.
  if (value.length > MAX_PLAN_BYTES || Buffer.byteLength(value, 'utf8') > MAX_PLAN_BYTES)
    fail(name, `a plan of at most ${MAX_PLAN_BYTES / 1024 / 1024} MiB`);
  return value;
};

export const documentState: Validator<DocumentState> = (value, name) => {
  const r = plainObject(value, name, ['name', 'dirty', 'scenario']);
  if (typeof r.name !== 'string' || r.name.length > MAX_DOCUMENT_NAME)
    fail(`${name}.name`, `a string of at most ${MAX_DOCUMENT_NAME} characters`);
  if (typeof r.dirty !== 'boolean') fail(`${name}.dirty`, 'true or false');
  if (r.scenario === undefined) return { name: r.name, dirty: r.dirty };
  if (typeof r.scenario !== 'string' || r.scenario.length > MAX_DOCUMENT_NAME)
    fail(`${name}.scenario`, `a string of at most ${MAX_DOCUMENT_NAME} characters`);
  return { name: r.name, dirty: r.dirty, scenario: r.scenario };
};

/** Open-request tokens are main's own 32 hex digits; anything else (a path, say) is refused. */
export const requestId: Validator<string> = (value, name) => {
  if (typeof value !== 'string' || !/^[0-9a-f]{32}$/.test(value)) fail(name, 'an open-request id');
  return value;
};

/**
 * How each diagram format's text starts, as the core's writers write it: the file main writes is the
 * format it is named after, never other text smuggled under its extension.
 */
const DIAGRAM_STARTS: Readonly<Record<DiagramFormat, (text: string) => boolean>> = {
  drawio: looksLikeDrawio,
  mermaid: (text) => /^(%%[^\n]*\n)*flowchart (TD|TB|LR|RL|BT)\b/.test(text.slice(0, 4096)),
  graphml: (text) => /^\s*(<\?xml[^>]*>\s*)?<graphml[\s>]/.test(text.slice(0, 4096)),
  csv: (text) => /^\uFEFF?id,name,/.test(text),
};

function diagramExport(r: Record<string, unknown>, name: string): DiagramExport {
  const format = r.format as DiagramFormat;
  const data = r.data;
  if (typeof data !== 'string') fail(`${name}.data`, `${DIAGRAM_LABELS[format]} text (string)`);
  if (data.length > MAX_IMAGE_BYTES / 2) fail(`${name}.data`, 'a file of at most 256 MiB');
  if (!DIAGRAM_STARTS[format](data)) fail(`${name}.data`, `a ${DIAGRAM_LABELS[format]} file as Org Planner writes it`);
  return { format, data };
}

/** Export's payload: an image (PNG, SVG, PDF) or a diagram (draw.io, Mermaid, GraphML, CSV). */
export const imageExport: Validator<ExportFile> = (value, name) => {
  const r = plainObject(value, name, ['format', 'data']);
  if (isDiagramFormat(r.format)) return diagramExport(r, name);
  if (!(IMAGE_FORMATS as readonly unknown[]).includes(r.format))
    fail(`${name}.format`, 'png, svg, pdf, drawio, mermaid, graphml or csv');
  if (r.format === 'pdf') {
    const data = r.data;
    if (!(data instanceof Uint8Array)) fail(`${name}.data`, 'PDF bytes (Uint8Array)');
    if (data.byteLength > MAX_IMAGE_BYTES) fail(`${name}.data`, 'a document of at most 256 MiB');
    if (!PDF_SIGNATURE.every((byte, i) => data[i] === byte)) fail(`${name}.data`, 'a PDF document');
    return { format: 'pdf', data };
  }
  if (r.format === 'png') {
    const data = r.data;
    if (!(data instanceof Uint8Array)) fail(`${name}.data`, 'PNG bytes (Uint8Array)');
    if (data.byteLength > MAX_IMAGE_BYTES) fail(`${name}.data`, 'an image of at most 256 MiB');
    if (!PNG_SIGNATURE.every((byte, i) => data[i] === byte)) fail(`${name}.data`, 'a PNG image');
    return { format: 'png', data };
  }
  const data = r.data;
  if (typeof data !== 'string') fail(`${name}.data`, 'SVG markup (string)');
  if (data.length > MAX_IMAGE_BYTES / 2) fail(`${name}.data`, 'an image of at most 256 MiB');
  if (!/^\s*(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*(<!DOCTYPE[^>]*>\s*)?<svg[\s>]/i.test(data.slice(0, 4096)))
    fail(`${name}.data`, 'SVG markup starting with <svg');
  return { format: 'svg', data };
};

function panelsPatch(value: unknown, name: string): Preferences['panels'] {
  const entries = Object.entries(plainObject(value, name, 'any'));
  if (entries.length > MAX_PANELS) fail(name, `at most ${MAX_PANELS} panels`);
  const panels = entries.map(([id, state]) => {
    if (!isPanelId(id)) fail(`${name}.${id}`, 'a panel id (a-z, 0-9, -)');
    plainObject(state, `${name}.${id}`, ['open', 'size']);
    if (!isPanelState(state)) fail(`${name}.${id}`, '{ open: boolean, size: 0–10000 }');
    return [id, { open: state.open, size: state.size }] as const;
  });
  // fromEntries defines own properties: no key reaches a prototype.
  return Object.fromEntries(panels);
}

function exportDefaultsPatch(value: unknown, name: string): Preferences['exportDefaults'] {
  const r = plainObject(value, name, ['format', 'pixelRatio', 'transparentBackground']);
  if (!(IMAGE_FORMATS as readonly unknown[]).includes(r.format)) fail(`${name}.format`, 'png, svg or pdf');
  if (
    typeof r.pixelRatio !== 'number' ||
    !Number.isFinite(r.pixelRatio) ||
    r.pixelRatio < 1 ||
    r.pixelRatio > MAX_PIXEL_RATIO
  )
    fail(`${name}.pixelRatio`, `a number from 1 to ${MAX_PIXEL_RATIO}`);
  if (typeof r.transparentBackground !== 'boolean') fail(`${name}.transparentBackground`, 'true or false');
  return {
    format: r.format as ImageExport['format'],
    pixelRatio: r.pixelRatio,
    transparentBackground: r.transparentBackground,
  };
}

export const preferencesPatch: Validator<PreferencesPatch> = (value, name) => {
  const r = plainObject(value, name, ['theme', 'snapToGrid', 'showMinimap', 'panels', 'exportDefaults']);
  const patch: { -readonly [K in keyof Preferences]?: Preferences[K] } = {};
  if ('theme' in r) {
    if (!(THEMES as readonly unknown[]).includes(r.theme)) fail(`${name}.theme`, THEMES.join(', '));
    patch.theme = r.theme as Preferences['theme'];
  }
  for (const key of ['snapToGrid', 'showMinimap'] as const) {
    if (!(key in r)) continue;
    const flag = r[key];
    if (typeof flag !== 'boolean') fail(`${name}.${key}`, 'true or false');
    patch[key] = flag;
  }
  if ('panels' in r) patch.panels = panelsPatch(r.panels, `${name}.panels`);
  if ('exportDefaults' in r) patch.exportDefaults = exportDefaultsPatch(r.exportDefaults, `${name}.exportDefaults`);
  return patch;
};

/**
 * The one path that crosses the bridge: a file dropped on the window, turned
 * into a path by the preload. It must look like a plan file; reading it goes
 * through the size cap and the core's parser like any Open.
 */
export const droppedPlanPath: Validator<string> = (value, name) => {
  if (typeof value !== 'string' || value.length > MAX_PATH_LENGTH || value.includes('\0')) fail(name, 'a file path');
  if (!isAbsolute(value) || !looksLikePlanPath(value))
    fail(name, 'an absolute path to a .json plan or a .drawio diagram');
  return value;
};

/** A rule set to save: text the core reads as a rule set (what Load and `check --rules` accept), under 1 MiB. */
export const ruleSetText: Validator<string> = (value, name) => {
  if (typeof value !== 'string' || value.length > MAX_RULE_SET_BYTES) fail(name, 'a rule set of at most 1 MiB');
  if (!parseRuleSet(value).ok) fail(name, 'a rule set ({ "rules": { … } }) as check --rules reads it');
  return value;
};
