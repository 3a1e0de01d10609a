/**
 * Upgrades of the file format: entry n turns a raw version-n document into a raw version-(n + 1) one.
 * They run on the JSON as parsed, before any validation, so the validators only ever know the current
 * version (docs/format.md, "Versions and migrations"). A migration is a pure function: it returns a new
 * document and leaves its input alone, and it may assume only what version n guaranteed (the format name
 * and the version number are checked before it runs; everything else may be malformed and is validated
 * after the last step).
 */
import type { JsonObject } from '../model/json';

export type Migration = (doc: JsonObject) => JsonObject;

/** From-version → its upgrade to the next version. Empty while version 1 is the only one. */
export type MigrationTable = ReadonlyMap<number, Migration>;

export const MIGRATIONS: MigrationTable = new Map<number, Migration>();
