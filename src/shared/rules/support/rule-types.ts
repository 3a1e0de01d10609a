/**
 * What a rule is, as data and code: its metadata (what the catalog, the docs,
 * the CLI and the SARIF export read), its check, and its quick fixes. Each
 * rule module (`src/shared/rules/<rule-id>.ts`) exports one of these, made
 * with defineRule; all-rules.ts lists them once.
 */
import type { Severity } from '../../model/types';
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

export interface RuleModule<Id extends string = string> {
  readonly meta: RuleMeta<Id>;
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
