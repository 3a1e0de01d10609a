/**
 * Every size limit on user input, in one place, so that what one part of the app
 * produces another part can open again (docs/format.md, "Limits").
 */

/** Plan files (JSON, or the PNG that embeds one) above this size are refused before parsing. */
export const MAX_PLAN_BYTES = 50 * 1024 * 1024;

/**
 * CSV files above this size are refused before decoding. Smaller than the plan limit:
 * a plan written from a CSV is larger than the CSV (ids, positions, JSON quoting),
 * so an accepted CSV must still give a plan under MAX_PLAN_BYTES (checked again after import).
 */
export const MAX_CSV_BYTES = 10 * 1024 * 1024;

/** Unknown values (kept for forward compatibility) nested deeper than this are refused with their path. */
export const MAX_NESTING_DEPTH = 64;

/**
 * A node's `fields` (extra CSV columns kept on the person: department, location, e-mail…).
 * Bounded so that one crafted row cannot grow a plan without end; the CSV importer keeps
 * the first columns and shortens long values to these limits, the loader refuses more.
 */
export const MAX_NODE_FIELDS = 32;
export const MAX_FIELD_NAME_LENGTH = 100;
export const MAX_FIELD_VALUE_LENGTH = 1000;

/**
 * Scenarios in one file (format 3): the root plan and at most this many proposals. Each is a full plan, so the
 * file size limit bounds the nodes of all of them together; this bounds the records a crafted file can ask for.
 */
export const MAX_SCENARIOS = 50;
/** A scenario's name, as shown in the header's switcher and the window title. */
export const MAX_SCENARIO_NAME_LENGTH = 100;
/** A plan's `layout.cardFields`: how many field names its cards show (each a field name, so within its length). */
export const MAX_CARD_FIELDS = 3;

/**
 * The most nodes (people, teams and stakeholders) one plan may hold; a CSV import with more data rows is refused
 * before any node is built. Far above any real organisation; the bound is what one window can still open.
 */
export const MAX_PLAN_NODES = 1_000_000;
