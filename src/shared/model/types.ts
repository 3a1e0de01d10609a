/**
 * The org plan, as format.md defines it. Everything the app, the CLI and the
 * tests exchange is one of these immutable shapes.
 */
import type { Extras, JsonValue } from './json';

export const FORMAT_NAME = 'org-planner';
/**
 * The highest document version this build reads. It writes the lowest version that holds the document:
 * 2 for a plan without scenarios (byte-identical to older builds' files), 3 when it has any (format.md).
 */
export const FORMAT_VERSION = 3;
/** The version a plan without scenarios is written in. */
export const PLAIN_PLAN_VERSION = 2;

/** The document's own scenario (the root, "as-is") when the file does not name it. */
export const DEFAULT_SCENARIO_ID = 'as-is';
export const DEFAULT_SCENARIO_NAME = 'As-is';
export { MAX_PLAN_BYTES } from './limits';

export const NODE_KINDS = ['pm', 'po', 'person', 'team', 'stakeholder'] as const;
export type NodeKind = (typeof NODE_KINDS)[number];

export const EDGE_KINDS = ['reports-to', 'dotted-line', 'member-of', 'engages'] as const;
export type EdgeKind = (typeof EDGE_KINDS)[number];

export const SCOPES = ['internal', 'external'] as const;
export type Scope = (typeof SCOPES)[number];

export const SEVERITIES = ['error', 'warning', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

export interface Position {
  readonly x: number;
  readonly y: number;
}

export interface PlanNode {
  readonly id: string;
  readonly kind: NodeKind;
  readonly name: string;
  readonly title?: string;
  readonly level?: number;
  /** Required for stakeholders, absent for every other kind. */
  readonly scope?: Scope;
  /** Absent means "lay out automatically". */
  readonly position?: Position;
  /** Only for pm, po and person: an open role not yet filled. */
  readonly vacant?: boolean;
  readonly notes?: string;
  /** Named text values, e.g. department or e-mail from a CSV import (format.md's limits apply). */
  readonly fields?: Readonly<Record<string, string>>;
  readonly extra?: Extras;
}

export interface PlanEdge {
  readonly id: string;
  readonly kind: EdgeKind;
  readonly source: string;
  readonly target: string;
  readonly extra?: Extras;
}

/** Per-document override of one catalog rule; rule options sit beside the known keys. */
export interface RuleConfig {
  readonly enabled?: boolean;
  readonly severity?: Severity;
  readonly options?: Readonly<Record<string, JsonValue>>;
}

export interface Waiver {
  readonly ruleId: string;
  readonly nodeId: string;
  readonly reason: string;
  readonly extra?: Extras;
}

/** How Auto layout arranges a plan: compact (the default), the classic top-down tree, or a left-to-right tree. */
export const LAYOUT_STYLES = ['compact', 'tree', 'left-right'] as const;
export type LayoutStyle = (typeof LAYOUT_STYLES)[number];

/** The plan's layout choice (format 2): which style Auto layout uses and whether folding re-lays out. */
export interface PlanLayout {
  /** Absent means compact. */
  readonly style?: LayoutStyle;
  /** Re-lay out the plan every time a subtree is collapsed or expanded, so folding closes its gap. */
  readonly relayoutOnCollapse?: boolean;
  /** Names of node `fields` shown on the cards, in order (at most MAX_CARD_FIELDS). */
  readonly cardFields?: readonly string[];
  readonly extra?: Extras;
}

/**
 * A proposal kept beside the document's own plan (format 3): a full plan with its own rule settings, waivers
 * and layout. The document's `name` (its title) is shared by every scenario.
 */
export interface PlanScenario {
  readonly id: string;
  readonly name: string;
  readonly nodes: readonly PlanNode[];
  readonly edges: readonly PlanEdge[];
  readonly rules?: Readonly<Record<string, RuleConfig>>;
  readonly waivers?: readonly Waiver[];
  readonly layout?: PlanLayout;
  readonly extra?: Extras;
}

export interface Plan {
  readonly format: typeof FORMAT_NAME;
  readonly version: number;
  readonly name?: string;
  readonly nodes: readonly PlanNode[];
  readonly edges: readonly PlanEdge[];
  readonly rules?: Readonly<Record<string, RuleConfig>>;
  readonly waivers?: readonly Waiver[];
  readonly layout?: PlanLayout;
  /** The root plan's scenario id and name (format 3); absent means `as-is` and "As-is". */
  readonly scenarioId?: string;
  readonly scenarioName?: string;
  /** The proposals beside the root plan (format 3); absent when there are none. Only files carry these. */
  readonly scenarios?: readonly PlanScenario[];
  readonly extra?: Extras;
}

/**
 * The person kinds: a PM, a PO or anyone else (format.md). The one definition;
 * comparisons rather than a Set, as the rules call it once per edge.
 */
export function isPersonKind(kind: NodeKind): boolean {
  return kind === 'pm' || kind === 'po' || kind === 'person';
}

/** An empty plan, the start of "Blank plan". */
export function emptyPlan(name?: string): Plan {
  return name === undefined
    ? { format: FORMAT_NAME, version: FORMAT_VERSION, nodes: [], edges: [] }
    : { format: FORMAT_NAME, version: FORMAT_VERSION, name, nodes: [], edges: [] };
}
