/**
 * Where each node and edge object sits in a plan's JSON text, as 1-based
 * lines and columns (UTF-16 code units, SARIF's default column kind), so a CI
 * report can point at the line a reviewer should read. One linear pass with an
 * explicit stack, no recursion; meant for text parsePlan has already accepted.
 */

export interface TextRegion {
  readonly startLine: number;
  readonly startColumn: number;
  readonly endLine: number;
  /** The column just after the closing brace, as SARIF's `endColumn` is exclusive. */
  readonly endColumn: number;
}

export interface PlanLocations {
  readonly nodes: ReadonlyMap<string, TextRegion>;
  readonly edges: ReadonlyMap<string, TextRegion>;
}

interface Frame {
  readonly isObject: boolean;
  /** The key this container sits under in its parent object (undefined in arrays and at the root). */
  readonly key: string | undefined;
  readonly startLine: number;
  readonly startColumn: number;
  expectKey: boolean;
  lastKey: string | undefined;
  id: string | undefined;
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const NEWLINE = 0x0a;

/** Index of the quote closing the string opened at `start`; the text's length when it is not closed. */
function stringEnd(text: string, start: number): number {
  for (let i = start + 1; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === BACKSLASH) i++;
    else if (code === QUOTE) return i;
  }
  return text.length;
}

function decodeString(raw: string): string {
  if (!raw.includes('\\')) return raw;
  try {
    return JSON.parse(`"${raw}"`) as string;
  } catch {
    return raw;
  }
}

/** The objects directly inside the document's `nodes` and `edges` arrays, by their `id`. */
export function locatePlanObjects(text: string): PlanLocations {
  const nodes = new Map<string, TextRegion>();
  const edges = new Map<string, TextRegion>();
  const stack: Frame[] = [];
  let line = 1;
  let lineStart = 0;
  const open = (isObject: boolean, at: number): void => {
    const parent = stack[stack.length - 1];
    const key = parent?.isObject === true ? parent.lastKey : undefined;
    stack.push({
      isObject,
      key,
      startLine: line,
      startColumn: at - lineStart + 1,
      expectKey: isObject,
      lastKey: undefined,
      id: undefined,
    });
  };
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === NEWLINE) {
      line++;
      lineStart = i + 1;
    } else if (code === QUOTE) {
      const end = stringEnd(text, i);
      const frame = stack[stack.length - 1];
      const value = decodeString(text.slice(i + 1, end));
      if (frame?.isObject === true) {
        if (frame.expectKey) {
          frame.lastKey = value;
          frame.expectKey = false;
        } else if (frame.lastKey === 'id' && stack.length === 3) {
          frame.id = value;
        }
      }
      i = end;
    } else if (text[i] === '{') {
      open(true, i);
    } else if (text[i] === '[') {
      open(false, i);
    } else if (text[i] === '}' || text[i] === ']') {
      const frame = stack.pop();
      const array = stack[stack.length - 1];
      // Depth 3 is an element of a top-level array: document › nodes/edges › object.
      if (frame?.isObject === true && stack.length === 2 && frame.id !== undefined && array !== undefined) {
        const target = array.key === 'nodes' ? nodes : array.key === 'edges' ? edges : undefined;
        if (target !== undefined && !target.has(frame.id)) {
          const { startLine, startColumn } = frame;
          target.set(frame.id, { startLine, startColumn, endLine: line, endColumn: i - lineStart + 2 });
        }
      }
    } else if (text[i] === ',') {
      const frame = stack[stack.length - 1];
      if (frame?.isObject === true) frame.expectKey = true;
    }
  }
  return { nodes, edges };
}
