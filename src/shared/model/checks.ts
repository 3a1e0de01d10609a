/**
 * Field checks shared by the record validators: each one reports a problem
 * naming the path and returns the value when it has the right type.
 */
import { FORBIDDEN_KEYS, childPath, isJsonObject, type JsonObject, type JsonValue } from './json';
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
  if (!(key in obj)) {
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

export function checkKeysDeep(value: JsonValue, path: string, problems: ProblemList): void {
  if (Array.isArray(value)) {
    value.forEach((item, index) => {
      checkKeysDeep(item, childPath(path, index), problems);
    });
  } else if (isJsonObject(value)) {
    for (const key of Object.keys(value)) {
      const keyPath = childPath(path, key);
      if (FORBIDDEN_KEYS.has(key)) problems.add(keyPath, 'this key is not allowed');
      else checkKeysDeep(value[key] as JsonValue, keyPath, problems);
    }
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
