/** Turns argv into one of the commands cli.md defines, or a usage error. */
import { CSV_ENCODINGS, isCsvEncoding, type CsvEncoding } from '@shared/csv/decode-csv';
import type { MatchBy } from '@shared/diff/match-nodes';
import { DELIMITER_NAMES, isCsvDelimiter, type CsvDelimiter } from '@shared/csv/delimiter';
import { parseRoleLists, type CsvRoles, type RoleLists } from '@shared/csv/roles';
import { LAYOUT_STYLES, type LayoutStyle } from '@shared/model/types';

export const USAGE = `Usage:
  org-planner check <file>... [--format text|json|sarif|junit] [--rules <rules.json>] [--max-warnings N] [--quiet] [--show-waived]
  org-planner rules [--format text|json]
  org-planner import-csv <in.csv> --out <plan.orgplan.json> [--id COL] [--manager COL] [--name COL] [--title COL]
                        [--title-patterns 'po=product owner;pm=product manager'] [--role-column COL --role-values 'pm=PM;po=PO;team=Team;internal=Stakeholder;external=Vendor']
                        [--encoding utf-8|utf-16le|utf-16be|windows-1252] [--delimiter comma|semicolon|tab] [--force]
  org-planner render <plan> --out <chart.svg|chart.png|chart.pdf> [--layout compact|tree|left-right] [--scale N] [--page a4-landscape|a4-portrait|letter-landscape|letter-portrait] [--problems]
  org-planner diff <before> <after> [--format text|json|markdown] [--match id|name|field:NAME] [--fail-on-new-errors]
  org-planner stats <plan> [--format text|json]
  org-planner export <plan> --format drawio|mermaid|graphml|csv [--out <file>] [--subtree ID]
  org-planner --help | --version

A plan argument of check, diff, stats, export and render may be FILE#scenario: one scenario of the file, by name or id.`;

export type OutputFormat = 'text' | 'json';
export const EXPORT_FORMATS = ['drawio', 'mermaid', 'graphml', 'csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
/** check also writes the CI report formats (SARIF for code scanning, JUnit for test-report views). */
export type CheckFormat = OutputFormat | 'sarif' | 'junit';

export type Command =
  | { kind: 'help' }
  | { kind: 'version' }
  | {
      kind: 'check';
      files: string[];
      format: CheckFormat;
      maxWarnings: number | undefined;
      quiet: boolean;
      showWaived: boolean;
      /** A shared rule-set file that replaces each plan's own rule settings. */
      rules: string | undefined;
    }
  | { kind: 'rules'; format: OutputFormat }
  | {
      kind: 'import-csv';
      input: string;
      out: string;
      force: boolean;
      columns: { id?: string; manager?: string; name?: string; title?: string };
      /** Undefined: detected from the file. */
      encoding: CsvEncoding | undefined;
      delimiter: CsvDelimiter | undefined;
      /** Undefined: the default title patterns. */
      roles: CsvRoles | undefined;
    }
  | {
      kind: 'render';
      input: string;
      out: string;
      layout: LayoutStyle | undefined;
      scale: number;
      page: 'a4-landscape' | 'a4-portrait' | 'letter-landscape' | 'letter-portrait';
      problems: boolean;
    }
  | {
      kind: 'diff';
      before: string;
      after: string;
      format: 'text' | 'json' | 'markdown';
      match: MatchBy;
      failOnNewErrors: boolean;
    }
  | { kind: 'stats'; input: string; format: OutputFormat }
  | {
      kind: 'export';
      input: string;
      format: ExportFormat;
      /** Undefined: stdout. */
      out: string | undefined;
      /** Only this node and everyone below it (Mermaid's renderer stops at 500 lines). */
      subtree: string | undefined;
    };

export type RenderCommand = Extract<Command, { kind: 'render' }>;
export type DiffCommand = Extract<Command, { kind: 'diff' }>;
export type StatsCommand = Extract<Command, { kind: 'stats' }>;
export type ExportCommand = Extract<Command, { kind: 'export' }>;

export class UsageError extends Error {}

interface Scanned {
  positional: string[];
  values: Map<string, string>;
  flags: Set<string>;
}

/** Splits argv by the options each command accepts; `--opt=value` and `--opt value` both work. */
function scan(args: readonly string[], valueOptions: readonly string[], flagOptions: readonly string[]): Scanned {
  const scanned: Scanned = { positional: [], values: new Map(), flags: new Set() };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === '--') {
      scanned.positional.push(...args.slice(i + 1));
      break;
    }
    if (!arg.startsWith('--') || arg === '-') {
      scanned.positional.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq === -1 ? arg.slice(2) : arg.slice(2, eq);
    if (flagOptions.includes(name)) {
      if (eq !== -1) throw new UsageError(`--${name} takes no value`);
      scanned.flags.add(name);
    } else if (valueOptions.includes(name)) {
      const value = eq === -1 ? args[++i] : arg.slice(eq + 1);
      if (value === undefined || value === '') throw new UsageError(`--${name} needs a value`);
      scanned.values.set(name, value);
    } else {
      throw new UsageError(`unknown option ${arg}`);
    }
  }
  return scanned;
}

function readFormat(value: string | undefined): OutputFormat {
  if (value === undefined || value === 'text' || value === 'json') return value ?? 'text';
  throw new UsageError(`--format must be text or json, not "${value}"`);
}

function readCheckFormat(value: string | undefined): CheckFormat {
  if (value === 'sarif' || value === 'junit') return value;
  if (value === undefined || value === 'text' || value === 'json') return value ?? 'text';
  throw new UsageError(`--format must be text, json, sarif or junit, not "${value}"`);
}

function readMaxWarnings(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value)) throw new UsageError(`--max-warnings must be a whole number ≥ 0, not "${value}"`);
  return Number(value);
}

function readEncoding(value: string | undefined): CsvEncoding | undefined {
  if (value === undefined) return undefined;
  const lower = value.toLowerCase();
  if (isCsvEncoding(lower)) return lower;
  throw new UsageError(`--encoding must be one of ${CSV_ENCODINGS.join(', ')}, not "${value}"`);
}

/** A name (comma, semicolon, tab) or the character itself. */
function readDelimiter(value: string | undefined): CsvDelimiter | undefined {
  if (value === undefined) return undefined;
  if (isCsvDelimiter(value)) return value;
  const byName = (Object.keys(DELIMITER_NAMES) as CsvDelimiter[]).find(
    (delimiter) => DELIMITER_NAMES[delimiter] === value.toLowerCase(),
  );
  if (byName !== undefined) return byName;
  throw new UsageError(`--delimiter must be comma, semicolon or tab, not "${value}"`);
}

function readRoleLists(option: string, value: string): RoleLists {
  const parsed = parseRoleLists(value);
  if (!parsed.ok) throw new UsageError(`--${option}: ${parsed.message}`);
  return parsed.lists;
}

/** `--title-patterns`, or `--role-column` with `--role-values`; never both ways at once. */
function readRoles(values: ReadonlyMap<string, string>): CsvRoles | undefined {
  const patterns = values.get('title-patterns');
  const column = values.get('role-column');
  const roleValues = values.get('role-values');
  if (column === undefined) {
    if (roleValues !== undefined) throw new UsageError('--role-values needs --role-column');
    return patterns === undefined ? undefined : { by: 'title', patterns: readRoleLists('title-patterns', patterns) };
  }
  if (patterns !== undefined) throw new UsageError('use either --title-patterns or --role-column, not both');
  if (roleValues === undefined)
    throw new UsageError('--role-column needs --role-values (which values mean which role)');
  return { by: 'column', column, values: readRoleLists('role-values', roleValues) };
}

const PAGES = ['a4-landscape', 'a4-portrait', 'letter-landscape', 'letter-portrait'] as const;

function parseRender(rest: readonly string[]): Command {
  const s = scan(rest, ['out', 'layout', 'scale', 'page'], ['problems']);
  const [input, ...extra] = s.positional;
  if (input === undefined) throw new UsageError('render needs a plan file');
  if (extra.length > 0) throw new UsageError(`render takes one plan file, got also ${extra.join(' ')}`);
  const out = s.values.get('out');
  if (out === undefined || !/\.(svg|png|pdf)$/i.test(out))
    throw new UsageError('render needs --out <file.svg|file.png|file.pdf>');
  const layout = s.values.get('layout');
  if (layout !== undefined && LAYOUT_STYLES.every((name) => name !== layout)) {
    throw new UsageError(`--layout must be ${LAYOUT_STYLES.join(', ')}, not "${layout}"`);
  }
  const scaleText = s.values.get('scale') ?? '1';
  const scale = Number(scaleText);
  if (!/^\d+(\.\d+)?$/.test(scaleText) || scale < 0.1 || scale > 4) {
    throw new UsageError(`--scale must be a number from 0.1 to 4, not "${scaleText}"`);
  }
  const page = s.values.get('page') ?? 'a4-landscape';
  const known = PAGES.find((p) => p === page);
  if (known === undefined) throw new UsageError(`--page must be one of ${PAGES.join(', ')}, not "${page}"`);
  const style = LAYOUT_STYLES.find((name) => name === layout);
  return { kind: 'render', input, out, layout: style, scale, page: known, problems: s.flags.has('problems') };
}

function isMatchBy(value: string): value is MatchBy {
  return value === 'id' || value === 'name' || /^field:.+/.test(value);
}

function parseDiff(rest: readonly string[]): Command {
  const s = scan(rest, ['format', 'match'], ['fail-on-new-errors']);
  const [before, after, ...extra] = s.positional;
  if (before === undefined || after === undefined) throw new UsageError('diff needs two plan files: before and after');
  if (extra.length > 0) throw new UsageError(`diff takes two plan files, got also ${extra.join(' ')}`);
  const format = s.values.get('format') ?? 'text';
  if (format !== 'text' && format !== 'json' && format !== 'markdown') {
    throw new UsageError(`--format must be text, json or markdown, not "${format}"`);
  }
  const match = s.values.get('match') ?? 'id';
  if (isMatchBy(match)) {
    return { kind: 'diff', before, after, format, match, failOnNewErrors: s.flags.has('fail-on-new-errors') };
  }
  throw new UsageError(`--match must be id, name or field:NAME (e.g. field:email), not "${match}"`);
}

function parseStats(rest: readonly string[]): Command {
  const s = scan(rest, ['format'], []);
  const [input, ...extra] = s.positional;
  if (input === undefined) throw new UsageError('stats needs a plan file');
  if (extra.length > 0) throw new UsageError(`stats takes one plan file, got also ${extra.join(' ')}`);
  return { kind: 'stats', input, format: readFormat(s.values.get('format')) };
}

function parseExport(rest: readonly string[]): Command {
  const s = scan(rest, ['format', 'out', 'subtree'], []);
  const [input, ...extra] = s.positional;
  if (input === undefined) throw new UsageError('export needs a plan file');
  if (extra.length > 0) throw new UsageError(`export takes one plan file, got also ${extra.join(' ')}`);
  const wanted = s.values.get('format');
  const format = EXPORT_FORMATS.find((f) => f === wanted);
  if (format === undefined) {
    throw new UsageError(
      `export needs --format ${EXPORT_FORMATS.join('|')}${wanted === undefined ? '' : `, not "${wanted}"`}`,
    );
  }
  return { kind: 'export', input, format, out: s.values.get('out'), subtree: s.values.get('subtree') };
}

export function parseArgs(argv: readonly string[]): Command {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') return { kind: 'help' };
  if (name === '--version' || name === '-v') return { kind: 'version' };
  if (name === 'check') {
    const s = scan(rest, ['format', 'max-warnings', 'rules'], ['quiet', 'show-waived']);
    if (s.positional.length === 0) throw new UsageError('check needs at least one plan file');
    return {
      kind: 'check',
      files: s.positional,
      format: readCheckFormat(s.values.get('format')),
      maxWarnings: readMaxWarnings(s.values.get('max-warnings')),
      quiet: s.flags.has('quiet'),
      showWaived: s.flags.has('show-waived'),
      rules: s.values.get('rules'),
    };
  }
  if (name === 'rules') {
    const s = scan(rest, ['format'], []);
    if (s.positional.length > 0) throw new UsageError('rules takes no files');
    return { kind: 'rules', format: readFormat(s.values.get('format')) };
  }
  if (name === 'import-csv') {
    const s = scan(
      rest,
      [
        'out',
        'id',
        'manager',
        'name',
        'title',
        'encoding',
        'delimiter',
        'title-patterns',
        'role-column',
        'role-values',
      ],
      ['force'],
    );
    const [input, ...extra] = s.positional;
    if (input === undefined) throw new UsageError('import-csv needs an input CSV file');
    if (extra.length > 0) throw new UsageError(`import-csv takes one input file, got also ${extra.join(' ')}`);
    const out = s.values.get('out');
    if (out === undefined) throw new UsageError('import-csv needs --out <plan.orgplan.json>');
    const columns: { id?: string; manager?: string; name?: string; title?: string } = {};
    for (const key of ['id', 'manager', 'name', 'title'] as const) {
      const value = s.values.get(key);
      if (value !== undefined) columns[key] = value;
    }
    return {
      kind: 'import-csv',
      input,
      out,
      force: s.flags.has('force'),
      columns,
      encoding: readEncoding(s.values.get('encoding')),
      delimiter: readDelimiter(s.values.get('delimiter')),
      roles: readRoles(s.values),
    };
  }
  if (name === 'render') return parseRender(rest);
  if (name === 'diff') return parseDiff(rest);
  if (name === 'stats') return parseStats(rest);
  if (name === 'export') return parseExport(rest);
  throw new UsageError(`unknown command "${name}"`);
}
