/**
 * Small helpers for walking untrusted JSON values. The loader works on the
 * output of `JSON.parse`, so every value is one of these shapes.
 */
export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };
export type JsonObject = { [key: string]: JsonValue };

/** Keys that must never reach an object of ours (prototype pollution). */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Whether every key of `obj` is in `order`, in that order (each at most once; any may be missing). The loader
 * keeps such a parsed record as it is instead of copying it into a new object with the same keys in that order.
 */
export function hasKeysInOrder(obj: JsonValue, order: readonly string[]): boolean {
  let at = 0;
  for (const key in obj as JsonObject) {
    while (at < order.length && order[at] !== key) at++;
    if (at === order.length) return false;
    at++;
  }
  return true;
}

/** `nodes[3].kind`-style paths, as the format spec prints them. */
export function childPath(parent: string, key: string | number): string {
  if (typeof key === 'number') return `${parent}[${key}]`;
  if (/^[A-Za-z_$][\w$-]*$/.test(key)) return parent === '' ? key : `${parent}.${key}`;
  return `${parent}[${JSON.stringify(key)}]`;
}

/** Unknown fields, kept in the order they were read so a save writes them back unchanged. */
export type Extras = Readonly<Record<string, JsonValue>>;

/**
 * Copies the keys of `source` that are not in `known` into a fresh object
 * with a null prototype. Returns undefined when there are none, so plans
 * made in the app carry no empty `extra` objects.
 */
export function pickExtras(source: JsonObject, known: ReadonlySet<string>): Extras | undefined {
  let extras: Record<string, JsonValue> | undefined;
  for (const key of Object.keys(source)) {
    if (known.has(key)) continue;
    extras ??= Object.create(null) as Record<string, JsonValue>;
    extras[key] = source[key] as JsonValue;
  }
  return extras;
}
