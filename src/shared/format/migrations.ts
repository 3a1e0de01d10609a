/**
 * Upgrades of the file format: entry n turns a raw version-n document into a raw version-(n + 1) one.
 * They run on the JSON as parsed, before any validation, so the validators only ever know the current
 * version (docs/format.md, "Versions and migrations"). A migration is a pure function: it returns a new
 * document and leaves its input alone, and it may assume only what version n guaranteed (the format name
 * and the version number are checked before it runs; everything else may be malformed and is validated
 * after the last step).
 */
import type { JsonObject, JsonValue } from '../model/json';

export type Migration = (doc: JsonObject) => JsonObject;

/** From-version → its upgrade to the next version. */
export type MigrationTable = ReadonlyMap<number, Migration>;

/** Where version 2 keeps a version-1 file's own unknown `layout` field, which version 2 gives a meaning. */
export const V1_LAYOUT_KEY = 'x-v1-layout';

/**
 * 1 → 2: version 2 adds the optional `layout` record (the Auto layout style and the re-layout-on-fold option);
 * its absence means the compact layout, so a version-1 plan needs no new field. Version 1 kept unknown fields,
 * so a version-1 file may already hold a `layout` of its own making: it is moved to `x-v1-layout`, kept as an
 * unknown field, rather than read with a meaning it never had (or refused).
 */
function v1ToV2(doc: JsonObject): JsonObject {
  if (!Object.hasOwn(doc, 'layout')) return { ...doc, version: 2 };
  const { layout, ...rest } = doc;
  // A file that also has its own `x-v1-layout` keeps it: the moved field takes the first free `x-v1-layout-N`.
  let key = V1_LAYOUT_KEY;
  for (let n = 2; Object.hasOwn(rest, key); n++) key = `${V1_LAYOUT_KEY}-${n}`;
  return { ...rest, version: 2, [key]: layout as JsonValue };
}

/** The first free name for an older file's own field that a newer version gives a meaning: `x-v2-scenarios`, `-2`… */
function freeKey(doc: JsonObject, base: string): string {
  let key = base;
  for (let n = 2; Object.hasOwn(doc, key); n++) key = `${base}-${n}`;
  return key;
}

/** The fields version 3 gives a meaning (scenarios); a version-2 file's own fields of these names are kept apart. */
const V3_KEYS = ['scenarioId', 'scenarioName', 'scenarios'] as const;

/**
 * 2 → 3: version 3 adds scenarios (`scenarios`, and the root plan's `scenarioId` and `scenarioName`); a plan
 * without them is the same plan, so the step only sets the version. As in 1 → 2, a version-2 file that kept
 * unknown fields of those names has them moved to `x-v2-<name>` rather than read with a meaning they never had.
 */
function v2ToV3(doc: JsonObject): JsonObject {
  let out: JsonObject = { ...doc, version: 3 };
  for (const key of V3_KEYS) {
    if (!Object.hasOwn(out, key)) continue;
    const { [key]: value, ...rest } = out;
    out = { ...rest, [freeKey(rest, `x-v2-${key}`)]: value as JsonValue };
  }
  return out;
}

export const MIGRATIONS: MigrationTable = new Map<number, Migration>([
  [1, v1ToV2],
  [2, v2ToV3],
]);
