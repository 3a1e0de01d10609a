/**
 * Field checks shared by the record validators: each one reports a problem
 * naming the path and returns the value when it has the right type.
 */
import { FORBIDDEN_KEYS, childPath, isJsonObject, type JsonObject, type JsonValue } from './json';
import { MAX_NESTING_DEPTH } from './limits';
import type { ProblemList } from './problems';

export function requireObject(value: unknown, path: string, problems: ProblemList): JsonObject | undefined {
  if (isJsonObject(value)) return value;
  problems.add(path, 'expected an object');
  return undefined;
}

export function optionalString(obj: JsonObject, key: string, path: string, problems: ProblemList): string | undefined {
  const value = obj[key];
  if (value === undefined || typeof value === 'string') return value;
  problems.add(childPath(path, key), 'expected a string');
  return undefined;
}

export function requiredString(obj: JsonObject, key: string, path: string, problems: ProblemList): string | undefined {
  if (!Object.hasOwn(obj, key)) {
    problems.add(childPath(path, key), 'required');
    return undefined;
  }
  return optionalString(obj, key, path, problems);
}

export function requiredId(obj: JsonObject, key: string, path: string, problems: ProblemList): string | undefined {
  const value = requiredString(obj, key, path, problems);
  if (value === '') {
    problems.add(childPath(path, key), 'expected a non-empty string');
    return undefined;
  }
  return value;
}

export function optionalBoolean(
  obj: JsonObject,
  key: string,
  path: string,
  problems: ProblemList,
): boolean | undefined {
  const value = obj[key];
  if (value === undefined || typeof value === 'boolean') return value;
  problems.add(childPath(path, key), 'expected true or false');
  return undefined;
}

export function optionalInteger(obj: JsonObject, key: string, path: string, problems: ProblemList): number | undefined {
  const value = obj[key];
  if (value === undefined || (typeof value === 'number' && Number.isInteger(value))) return value;
  problems.add(childPath(path, key), 'expected an integer');
  return undefined;
}

export function requiredEnum<T extends string>(
  obj: JsonObject,
  key: string,
  allowed: readonly T[],
  path: string,
  problems: ProblemList,
): T | undefined {
  const value = obj[key];
  if (value === undefined) {
    problems.add(childPath(path, key), `required, one of ${allowed.join(', ')}`);
    return undefined;
  }
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
  problems.add(childPath(path, key), `expected one of ${allowed.join(', ')}`);
  return undefined;
}

/**
 * True when every key of `obj` is a known field: the common case, in which the forbidden-key and unknown-field
 * checks below have nothing to report and there are no extras to keep, so a record costs one pass over its keys
 * instead of three.
 */
export function onlyKnownKeys(obj: JsonObject, known: ReadonlySet<string>): boolean {
  for (const key in obj) if (!known.has(key)) return false;
  return true;
}

/**
 * Refuses `__proto__`, `constructor` and `prototype` keys on this object and,
 * for values we keep verbatim (unknown fields), anywhere below it.
 */
export function checkKeys(obj: JsonObject, path: string, problems: ProblemList): void {
  for (const key of Object.keys(obj)) {
    if (FORBIDDEN_KEYS.has(key)) problems.add(childPath(path, key), 'this key is not allowed');
  }
}

interface Pending {
  readonly value: JsonValue;
  readonly path: string;
  /** How many arrays and objects enclose `value` inside the unknown field, the field's own value counting 1. */
  readonly depth: number;
}

/**
 * Walks a value kept verbatim (an unknown field) with an explicit stack, never recursion: a file can nest
 * values as deep as it likes, and a recursive walk would overflow the call stack. Refuses forbidden keys and
 * containers nested deeper than MAX_NESTING_DEPTH, each with its path. Problems come in document order.
 */
export function checkKeysDeep(value: JsonValue, path: string, problems: ProblemList): void {
  const stack: Pending[] = [{ value, path, depth: 1 }];
  for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
    const { value: current, path: at, depth } = next;
    if (current === null || typeof current !== 'object') continue;
    if (depth > MAX_NESTING_DEPTH) {
      problems.add(at, `nested deeper than ${MAX_NESTING_DEPTH} levels`);
      continue;
    }
    const start = stack.length;
    if (Array.isArray(current)) {
      for (let index = 0; index < current.length; index++) {
        const item = current[index] as JsonValue;
        if (item !== null && typeof item === 'object')
          stack.push({ value: item, path: childPath(at, index), depth: depth + 1 });
      }
    } else {
      for (const key of Object.keys(current)) {
        const keyPath = childPath(at, key);
        if (FORBIDDEN_KEYS.has(key)) problems.add(keyPath, 'this key is not allowed');
        else {
          const item = current[key] as JsonValue;
          if (item !== null && typeof item === 'object') stack.push({ value: item, path: keyPath, depth: depth + 1 });
        }
      }
    }
    // The children were pushed first to last; reversed, the first child is popped first.
    reverseFrom(stack, start);
  }
}

function reverseFrom(items: Pending[], start: number): void {
  for (let low = start, high = items.length - 1; low < high; low++, high--) {
    const swap = items[low] as Pending;
    items[low] = items[high] as Pending;
    items[high] = swap;
  }
}

/** Deep-checks the values of the unknown keys, which are written back as read. */
export function checkExtraValues(
  obj: JsonObject,
  known: ReadonlySet<string>,
  path: string,
  problems: ProblemList,
): void {
  for (const key of Object.keys(obj)) {
    if (!known.has(key) && !FORBIDDEN_KEYS.has(key))
      checkKeysDeep(obj[key] as JsonValue, childPath(path, key), problems);
  }
}
