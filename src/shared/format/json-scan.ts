/**
 * One linear pass over JSON text before `JSON.parse`, for the two things `JSON.parse` gets wrong for us:
 * it recurses once per nesting level (so a file of 100,000 nested arrays throws RangeError, a crash
 * rather than a refusal), and it keeps the last of duplicate keys silently (so what a reviewer reads in
 * the file differs from what is checked). Syntax errors are left to `JSON.parse`, which names them; up
 * to the first one, both see the same brackets, so `JSON.parse` never nests deeper than this scan allows.
 *
 * It runs on every file opened, before `JSON.parse`, so it is one tight loop over character codes: keys are
 * compared where they stand in the text, by their offsets, and a key is cut out of the text (and decoded) only
 * when it has an escape, when its object has more keys than a short list compares quickly, or for the path
 * of a problem.
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

/** Past this many keys in one object, its keys are looked up in a Set instead of compared one by one. */
const LINEAR_KEY_LOOKUP = 16;

const SPACE = 0x20;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;

/** A key as JSON.parse would give it; undefined for a malformed escape (JSON.parse will report it). */
function decodeKey(text: string, start: number, end: number): string | undefined {
  const raw = text.slice(start, end);
  if (!raw.includes('\\')) return raw;
  try {
    return JSON.parse(`"${raw}"`) as string;
  } catch {
    return undefined;
  }
}

/**
 * Where the scan is, per open level (1 = the outermost value): whether it is an object, its current array
 * index or key, and the keys of each open object so far. Plain arrays of small integers, indexed by depth.
 */
class Levels {
  depth = 0;
  readonly isObject: boolean[] = [false];
  /** The current array index. */
  readonly index: number[] = [0];
  /** The offsets of the current key (inside its quotes). */
  readonly keyStart: number[] = [0];
  readonly keyEnd: number[] = [0];
  /** Where each open object's keys begin in `starts`/`ends` (escape-free keys, by offset). */
  readonly firstKey: number[] = [0];
  readonly starts: number[] = [];
  readonly ends: number[] = [];
  keyCount = 0;
  /** An object's keys, decoded, once it has too many to compare one by one or one of them has an escape. */
  readonly sets: (Set<string> | null)[] = [null];

  open(isObject: boolean): void {
    const depth = ++this.depth;
    this.isObject[depth] = isObject;
    this.index[depth] = 0;
    this.keyStart[depth] = 0;
    this.keyEnd[depth] = 0;
    this.firstKey[depth] = this.keyCount;
    this.sets[depth] = null;
  }

  close(): void {
    this.keyCount = this.firstKey[this.depth] as number;
    this.depth--;
  }

  /**
   * Adds the key between `start` and `end` to the object open at the current depth: false when it was there
   * already, undefined when its escapes are malformed (JSON.parse will report that).
   */
  addKey(text: string, start: number, end: number, escaped: boolean): boolean | undefined {
    const depth = this.depth;
    this.keyStart[depth] = start;
    this.keyEnd[depth] = end;
    let set = this.sets[depth] as Set<string> | null;
    const first = this.firstKey[depth] as number;
    const count = this.keyCount;
    if (set === null && !escaped && count - first < LINEAR_KEY_LOOKUP) {
      const length = end - start;
      for (let k = first; k < count; k++) {
        const other = this.starts[k] as number;
        if ((this.ends[k] as number) - other !== length) continue;
        let same = 0;
        while (same < length && text.charCodeAt(other + same) === text.charCodeAt(start + same)) same++;
        if (same === length) return false;
      }
      this.starts[count] = start;
      this.ends[count] = end;
      this.keyCount = count + 1;
      return true;
    }
    if (set === null) {
      // The escape-free keys so far are their own decoded form.
      set = new Set<string>();
      for (let k = first; k < count; k++) set.add(text.slice(this.starts[k], this.ends[k]));
      this.sets[depth] = set;
    }
    const key = decodeKey(text, start, end);
    if (key === undefined) return undefined;
    if (set.has(key)) return false;
    set.add(key);
    return true;
  }

  /** The JSON path of the value now being read at `depth`, e.g. `nodes[2].position`. */
  pathTo(text: string, depth: number): string {
    let path = '';
    for (let level = 1; level <= depth; level++) {
      path = this.isObject[level]
        ? childPath(path, decodeKey(text, this.keyStart[level] as number, this.keyEnd[level] as number) ?? '')
        : childPath(path, this.index[level] as number);
    }
    return path;
  }
}

/** The first duplicate key or over-deep nesting in `text`, as a problem with its path; undefined when there is none. */
export function scanJsonText(text: string): PlanProblem | undefined {
  const levels = new Levels();
  const length = text.length;
  let expectKey = false;
  for (let i = 0; i < length; i++) {
    const code = text.charCodeAt(i);
    // White space (indentation, mostly) is what a written plan has most of outside strings.
    if (code <= SPACE) continue;
    if (code === QUOTE) {
      // To the closing quote, here rather than with indexOf: most strings of a plan are a few characters long.
      const start = i + 1;
      let escaped = false;
      let end = start;
      for (; end < length; end++) {
        const inner = text.charCodeAt(end);
        if (inner === QUOTE) break;
        if (inner === BACKSLASH) {
          escaped = true;
          end++;
        }
      }
      if (end >= length) return undefined;
      if (expectKey) {
        expectKey = false;
        const added = levels.addKey(text, start, end, escaped);
        if (added === undefined) return undefined;
        if (!added) {
          return {
            path: levels.pathTo(text, levels.depth),
            message: 'this key appears more than once in the same object',
          };
        }
      }
      i = end;
    } else if (code === OPEN_OBJECT || code === OPEN_ARRAY) {
      if (levels.depth >= MAX_DOCUMENT_DEPTH) {
        return { path: levels.pathTo(text, levels.depth), message: `nested deeper than ${MAX_NESTING_DEPTH} levels` };
      }
      levels.open(code === OPEN_OBJECT);
      expectKey = code === OPEN_OBJECT;
    } else if (code === CLOSE_OBJECT || code === CLOSE_ARRAY) {
      if (levels.depth > 0) levels.close();
      expectKey = false;
    } else if (code === COMMA && levels.depth > 0) {
      const depth = levels.depth;
      if (levels.isObject[depth]) expectKey = true;
      else levels.index[depth] = (levels.index[depth] as number) + 1;
    }
  }
  return undefined;
}
