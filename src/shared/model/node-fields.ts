/**
 * A node's `fields`: named text values (department, location, e-mail…), usually the
 * extra columns of a CSV import. Validated like every known field, with the limits of
 * limits.ts, so a hostile file cannot hide megabytes or prototype keys in them.
 */
import { childPath, FORBIDDEN_KEYS, isJsonObject, type JsonObject, type JsonValue } from './json';
import { MAX_FIELD_NAME_LENGTH, MAX_FIELD_VALUE_LENGTH, MAX_NODE_FIELDS } from './limits';
import type { ProblemList } from './problems';

/** Why a field name cannot be kept, or undefined when it can. */
export function fieldNameProblem(name: string): string | undefined {
  if (name.trim() === '') return 'a field name cannot be empty';
  if (name.length > MAX_FIELD_NAME_LENGTH) return `a field name is at most ${MAX_FIELD_NAME_LENGTH} characters`;
  if (FORBIDDEN_KEYS.has(name)) return 'this key is not allowed';
  return undefined;
}

export function readNodeFields(
  obj: JsonObject,
  path: string,
  problems: ProblemList,
): Readonly<Record<string, string>> | undefined {
  const value = obj.fields;
  if (value === undefined) return undefined;
  const at = childPath(path, 'fields');
  if (!isJsonObject(value)) {
    problems.add(at, 'expected an object of text values { "name": "text" }');
    return undefined;
  }
  const entries = Object.entries(value);
  if (entries.length > MAX_NODE_FIELDS) {
    problems.add(at, `at most ${MAX_NODE_FIELDS} fields, found ${entries.length}`);
    return undefined;
  }
  const before = problems.items.length;
  for (const [name, text] of entries) {
    const nameProblem = fieldNameProblem(name);
    if (nameProblem !== undefined) problems.add(childPath(at, name), nameProblem);
    else if (typeof text !== 'string') problems.add(childPath(at, name), 'expected a string');
    else if (text.length > MAX_FIELD_VALUE_LENGTH)
      problems.add(childPath(at, name), `at most ${MAX_FIELD_VALUE_LENGTH} characters, found ${text.length}`);
  }
  if (problems.items.length !== before) return undefined;
  // fromEntries defines own properties: a name such as "toString" stays an ordinary field.
  return Object.fromEntries(entries as [string, string][]);
}

/** Whether `value` is fields readNodeFields accepts without a problem: at most MAX_NODE_FIELDS valid names with text. */
export function arePlainFields(value: JsonValue): value is Record<string, string> {
  if (!isJsonObject(value)) return false;
  let count = 0;
  for (const name in value) {
    const text = value[name];
    count++;
    if (count > MAX_NODE_FIELDS || typeof text !== 'string' || text.length > MAX_FIELD_VALUE_LENGTH) return false;
    if (fieldNameProblem(name) !== undefined) return false;
  }
  return true;
}
