/**
 * What a rule is, as data and code: its metadata (what the catalog, the docs,
 * the CLI and the SARIF export read), its check, and its quick fixes. Each
 * rule module (`src/shared/rules/<rule-id>.ts`) exports one of these, made
 * with defineRule; all-rules.ts lists them once.
 */
import type { NodeKind, PlanNode, Severity } from '../../model/types';
import type { FixCandidate } from '../../fixes/fix-kit';
import type { RuleCheck } from './context';

export interface RuleOptionInfo {
  name: string;
  description: string;
  /**
   * Every option is a positive integer (format.md RuleConfig); an option whose default is 0 also takes 0,
   * which means "off" (span-of-control's `min`). The loader refuses anything else.
   */
  default: number;
}

/** The one test of an option value, shared by the loader, the settings and the edits (format.md RuleConfig). */
export function isValidOptionValue(option: RuleOptionInfo, value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && (value > 0 || (value === 0 && option.default === 0));
}

export interface RuleTension {
  /** Sentences of the article that pull the other way, verbatim. */
  readonly passages: readonly string[];
  /** How the rule reads the article despite them, and what a plan that follows them can do. */
  readonly note: string;
}

export interface RuleMeta<Id extends string = string> {
  id: Id;
  defaultSeverity: Severity;
  /** `article`: from a passage of the source document; `structure`: a plain org-design invariant. */
  origin: 'article' | 'structure';
  summary: string;
  /**
   * Article rules only: the passage(s) of the source document the rule comes
   * from (sentences, or cells of its comparison table), verbatim. Several
   * passages are joined by QUOTE_SEPARATOR; "..." marks a passage cut mid-sentence.
   */
  quote?: string;
  /** Set when the quote is cells of the article's comparison table rather than sentences of its text. */
  quoteFrom?: 'table';
  /**
   * Where the article says something else about the rule's subject: the other
   * passages, verbatim, and how the rule settles the tension (and why its
   * default severity is what it is). Shown in docs/rules.md and the app.
   */
  tension?: RuleTension;
  /** A concrete action in the editor that makes the violation go away. */
  fixHint: string;
  options?: readonly RuleOptionInfo[];
  /** Set when a waiver on any of a violation's nodes accepts it (one person on several nodes); otherwise the first node's. */
  waivedOnAnyNode?: true;
  /** False for the rules about the plan's own settings (unknown-rule, stale-waiver): configurable, never waived. */
  waivable?: false;
}

/**
 * What a rule's check reads, so the incremental checker (rules/incremental/)
 * knows which violations an edit can change and what part of the plan
 * re-checks them. Every scope also reads the labels (name, kind, scope,
 * vacant, id) of the nodes a violation names, for its message; no rule reads
 * positions.
 * - `node`: each violation is about its first node and reads only that node,
 *   its lines (any kind, either way) and the nodes at their far ends.
 * - `chain`: each violation is about its first node and reads the reports-to
 *   lines above it and the nodes on them: their kinds and `fields`.
 * - `cycle`: violations are reports-to cycles; each reads the lines and nodes of its component.
 * - `kinds`: reads every node of these kinds (their names and vacancy), no lines. With `group`, each violation
 *   is about nodes of these kinds sharing one group key (nodes without a key are in none), so an edit re-checks
 *   only the groups its nodes left or joined.
 * - `settings`: reads the plan's rule settings, waivers and which nodes exist: re-run whole.
 * - `reporting-graph`: one finding for the whole plan from every person and reports-to line (max-layers):
 *   re-run on the whole plan when a reports-to line, a node's kind or a node a finding names changed.
 */
export type RuleReads =
  | { readonly scope: 'node' }
  | { readonly scope: 'chain'; readonly subjects: readonly NodeKind[]; readonly fields: readonly (keyof PlanNode)[] }
  | { readonly scope: 'cycle' }
  | {
      readonly scope: 'kinds';
      readonly kinds: readonly NodeKind[];
      readonly group?: (node: Pick<PlanNode, 'name' | 'vacant'>) => string | undefined;
    }
  | { readonly scope: 'settings' }
  | { readonly scope: 'reporting-graph' };

export interface RuleModule<Id extends string = string> {
  readonly meta: RuleMeta<Id>;
  /** What the check reads (RuleReads): declared with the check, so a new rule cannot leave it out. */
  readonly reads: RuleReads;
  /**
   * Reports the rule's violations. Rules that are not waivable run after all
   * the others, as stale-waiver needs to know which waivers they used.
   */
  readonly check: RuleCheck;
  /** One-step edits that may make a violation go away; each is re-checked before it is offered. */
  readonly quickFixes?: readonly FixCandidate[];
}

export const QUOTE_SEPARATOR = ' / ';

/** Keeps the rule's id as a literal type, so RuleId is derived from the one list of rules. */
export function defineRule<const Id extends string>(rule: RuleModule<Id>): RuleModule<Id> {
  return rule;
}
