/**
 * One linear pass over JSON text before `JSON.parse`, for the two things `JSON.parse` gets wrong for us:
 * it recurses once per nesting level (so a file of 100,000 nested arrays throws RangeError, a crash
 * rather than a refusal), and it keeps the last of duplicate keys silently (so what a reviewer reads in
 * the file differs from what is checked). Syntax errors are left to `JSON.parse`, which names them; up
 * to the first one, both see the same brackets, so `JSON.parse` never nests deeper than this scan allows.
 */
import { childPath } from '../model/json';
import { MAX_NESTING_DEPTH } from '../model/limits';
import type { PlanProblem } from '../model/problems';

/**
 * The deepest the format's own structure goes before unknown values begin: document, `scenarios`, a scenario
 * (format 3), `nodes`, a node, its `position`. An unknown field may nest MAX_NESTING_DEPTH levels below that
 * (model/checks.ts), which checks the exact depth; this scan only keeps `JSON.parse` off absurd nesting.
 */
const STRUCTURE_DEPTH = 6;
export const MAX_DOCUMENT_DEPTH = STRUCTURE_DEPTH + MAX_NESTING_DEPTH;

/** Past this many keys in one object, duplicates are looked up in a Set instead of a short list. */
const LINEAR_KEY_LOOKUP = 16;

const SPACE = 0x20;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;

/** Index of the quote closing the string opened at `start`, or -1 when it is not closed. */
function stringEnd(text: string, start: number): number {
  let from = start + 1;
  for (;;) {
    const quote = text.indexOf('"', from);
    if (quote < 0) return -1;
    let backslashes = 0;
    for (let k = quote - 1; k > start && text.charCodeAt(k) === BACKSLASH; k--) backslashes++;
    if (backslashes % 2 === 0) return quote;
    from = quote + 1;
  }
}

/** A key as JSON.parse would give it; undefined for a malformed escape (JSON.parse will report it). */
function decodeKey(raw: string): string | undefined {
  if (!raw.includes('\\')) return raw;
  try {
    return JSON.parse(`"${raw}"`) as string;
  } catch {
    return undefined;
  }
}

/** The keys seen so far in the object open at one level. */
class KeySet {
  private readonly list: string[] = [];
  private set: Set<string> | undefined;

  clear(): void {
    this.list.length = 0;
    this.set = undefined;
  }

  /** Adds `key`; false when it was already there. */
  add(key: string): boolean {
    if (this.set !== undefined) {
      if (this.set.has(key)) return false;
      this.set.add(key);
      return true;
    }
    if (this.list.includes(key)) return false;
    this.list.push(key);
    if (this.list.length > LINEAR_KEY_LOOKUP) this.set = new Set(this.list);
    return true;
  }
}

/** Where the scan is: per open level, whether it is an object, its current key or array index. */
class Levels {
  depth = 0;
  readonly isObject: boolean[] = [];
  readonly key: string[] = [];
  readonly index: number[] = [];
  readonly keys: KeySet[] = [];

  open(isObject: boolean): void {
    const depth = ++this.depth;
    this.isObject[depth] = isObject;
    this.index[depth] = 0;
    this.key[depth] = '';
    const keys = this.keys[depth];
    if (keys === undefined) this.keys[depth] = new KeySet();
    else keys.clear();
  }

  /** The JSON path of the value now being read at `depth`, e.g. `nodes[2].position`. */
  pathTo(depth: number): string {
    let path = '';
    for (let level = 1; level <= depth; level++) {
      path = this.isObject[level]
        ? childPath(path, this.key[level] as string)
        : childPath(path, this.index[level] as number);
    }
    return path;
  }
}

/** The first duplicate key or over-deep nesting in `text`, as a problem with its path; undefined when there is none. */
export function scanJsonText(text: string): PlanProblem | undefined {
  const levels = new Levels();
  let expectKey = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // White space (indentation, mostly) is what a written plan has most of outside strings.
    if (code <= SPACE) continue;
    if (code === QUOTE) {
      const end = stringEnd(text, i);
      if (end < 0) return undefined;
      if (expectKey) {
        expectKey = false;
        const key = decodeKey(text.slice(i + 1, end));
        if (key === undefined) return undefined;
        const depth = levels.depth;
        levels.key[depth] = key;
        if (!(levels.keys[depth] as KeySet).add(key)) {
          return { path: levels.pathTo(depth), message: 'this key appears more than once in the same object' };
        }
      }
      i = end;
    } else if (code === OPEN_OBJECT || code === OPEN_ARRAY) {
      if (levels.depth >= MAX_DOCUMENT_DEPTH) {
        return { path: levels.pathTo(levels.depth), message: `nested deeper than ${MAX_NESTING_DEPTH} levels` };
      }
      levels.open(code === OPEN_OBJECT);
      expectKey = code === OPEN_OBJECT;
    } else if (code === CLOSE_OBJECT || code === CLOSE_ARRAY) {
      if (levels.depth > 0) levels.depth--;
      expectKey = false;
    } else if (code === COMMA && levels.depth > 0) {
      if (levels.isObject[levels.depth]) expectKey = true;
      else levels.index[levels.depth] = (levels.index[levels.depth] as number) + 1;
    }
  }
  return undefined;
}
