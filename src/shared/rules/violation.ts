/**
 * What a check returns (rules.md), how results are ordered and how they are
 * counted. Shared by the app, the CLI and the tests.
 */
import type { Severity } from '../model/types';

/** A waiver by what identifies it: its rule and its node. */
export interface WaiverRef {
  readonly ruleId: string;
  readonly nodeId: string;
}

export interface Violation {
  ruleId: string;
  severity: Severity;
  /** Names the nodes by their names, e.g. "Sam (PO) reports to nobody"; never blank. */
  message: string;
  /** The nodes the violation is about, most relevant first. */
  nodeIds: string[];
  /** The edges it is about (may be empty). */
  edgeIds: string[];
  /** Present when a waiver accepts it. */
  waived?: true;
  waiverReason?: string;
  /** stale-waiver only: the waiver the violation is about (its node may be gone). */
  waiver?: WaiverRef;
}

const SEVERITY_RANK: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

/** Plain code-unit comparison: locale-independent, so every machine sorts alike. */
function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Shorter lists first, then element by element; a total tie-break after the spec's keys. */
function compareLists(a: readonly string[], b: readonly string[]): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const order = compareStrings(a[i] as string, b[i] as string);
    if (order !== 0) return order;
  }
  return a.length - b.length;
}

/**
 * Severity (error, warning, info), rule id, first node id, first edge id,
 * message. The remaining node and edge ids break the last ties, so the order
 * never depends on the order rules happened to emit in.
 */
export function compareViolations(a: Violation, b: Violation): number {
  return (
    SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
    compareStrings(a.ruleId, b.ruleId) ||
    compareStrings(a.nodeIds[0] ?? '', b.nodeIds[0] ?? '') ||
    compareStrings(a.edgeIds[0] ?? '', b.edgeIds[0] ?? '') ||
    compareStrings(a.message, b.message) ||
    compareLists(a.nodeIds, b.nodeIds) ||
    compareLists(a.edgeIds, b.edgeIds)
  );
}

export interface ViolationSummary {
  errors: number;
  warnings: number;
  infos: number;
  /** Waived violations, whatever their severity; they are not in the other counts. */
  waived: number;
}

export function summarizeViolations(violations: readonly Violation[]): ViolationSummary {
  const summary: ViolationSummary = { errors: 0, warnings: 0, infos: 0, waived: 0 };
  for (const v of violations) {
    if (v.waived === true) summary.waived++;
    else if (v.severity === 'error') summary.errors++;
    else if (v.severity === 'warning') summary.warnings++;
    else summary.infos++;
  }
  return summary;
}
