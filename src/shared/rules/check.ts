/**
 * checkPlan: every enabled rule (all-rules.ts) over one shared index, the
 * waivable ones first, then the two about the plan's own settings (stale-waiver
 * needs to know which waivers the others used), in the one order
 * compareViolations defines. Deterministic, linear in nodes + edges (apart
 * from sorting what it reports), and it never throws on a plan the loader
 * accepted.
 */
import type { GraphIndex } from '../graph';
import { indexPlan } from '../graph/index-plan';
import type { Plan, Severity, Waiver } from '../model/types';
import { RULES } from './all-rules';
import { CATALOG_BY_ID, type RuleId } from './catalog';
import { resolveRuleSettings } from './settings';
import type { Emit } from './support/context';
import type { RuleModule } from './support/rule-types';
import { staleness } from './support/staleness';
import { WaiverBook, acceptingWaiver, type WaiverEntry } from './support/waivers';
import { compareViolations, type Violation } from './violation';

export { resolveRuleSettings, type RuleSettings } from './settings';

/** Waivable rules first, then the rest, each group in catalog order. */
export const RUN_ORDER: readonly RuleModule[] = [
  ...RULES.filter((rule) => rule.meta.waivable !== false),
  ...RULES.filter((rule) => rule.meta.waivable === false),
];

/**
 * Turns what rules emit into Violations of the running rule, marking the
 * waived ones. There is one, reused by every check: rule loops that V8 has
 * optimized call its `emit`, and a fresh closure per check would be garbage
 * by the next collection, which throws that optimized code away. Checks run
 * synchronously and never nest, so one instance is enough.
 */
class Collector {
  out: Violation[] = [];
  ruleId: string = 'po-reports-to-pm';
  severity: Severity = 'warning';
  anyNode = false;
  waivers: ReadonlyMap<string, WaiverEntry> | undefined = undefined;

  readonly emit: Emit = (nodeIds, edgeIds, message, about) => {
    const { ruleId, severity } = this;
    if (about !== undefined) {
      // stale-waiver's violations name their waiver, and are never waived themselves.
      this.out.push({ ruleId, severity, message, nodeIds, edgeIds, waiver: about });
      return;
    }
    const waiver = acceptingWaiver(this.waivers, this.anyNode, nodeIds);
    if (waiver === undefined) {
      this.out.push({ ruleId, severity, message, nodeIds, edgeIds });
      return;
    }
    this.out.push({ ruleId, severity, message, nodeIds, edgeIds, waived: true, waiverReason: waiver.reason });
  };

  /** Directs what is emitted next to `out`, as violations of this rule. */
  start(out: Violation[], rule: RuleModule, severity: Severity, book: WaiverBook): Emit {
    this.out = out;
    this.ruleId = rule.meta.id;
    this.severity = severity;
    this.anyNode = rule.meta.waivedOnAnyNode === true;
    this.waivers = rule.meta.waivable === false ? undefined : book.forRule(rule.meta.id);
    return this.emit;
  }

  /** Lets go of the last check's list: the caller owns it now. */
  release(): void {
    this.out = [];
    this.waivers = undefined;
  }
}

const collector = new Collector();

/**
 * Runs `rules` (in the order given, disabled ones skipped) over a plan and its
 * index, appending what they find to `out`, unsorted. The incremental checker
 * runs rules over parts of a plan through this too, so both mark waivers alike.
 */
export function runRules(
  plan: Plan,
  index: GraphIndex,
  rules: readonly RuleModule[],
  waivers: WaiverBook,
  out: Violation[],
): void {
  try {
    for (const rule of rules) {
      const settings = resolveRuleSettings(plan, rule.meta.id as RuleId);
      if (!settings.enabled) continue;
      const emit = collector.start(out, rule, settings.severity, waivers);
      rule.check({ plan, index, settings, waivers, catalog: CATALOG_BY_ID }, emit);
    }
  } finally {
    collector.release();
  }
}

export function checkPlan(plan: Plan): Violation[] {
  const violations: Violation[] = [];
  runRules(plan, indexPlan(plan), RUN_ORDER, new WaiverBook(plan.waivers ?? []), violations);
  return violations.sort(compareViolations);
}

/**
 * The plan's stale waivers, in plan order, given its violations (checkPlan's
 * output): what the UI offers to remove. Independent of whether the
 * stale-waiver rule is enabled.
 */
export function findStaleWaivers(plan: Plan, violations: readonly Violation[]): Waiver[] {
  const waivers = plan.waivers ?? [];
  if (waivers.length === 0) return [];
  const book = new WaiverBook(waivers);
  for (const v of violations) {
    const rule = CATALOG_BY_ID.get(v.ruleId);
    if (rule?.waivable !== false) acceptingWaiver(book.forRule(v.ruleId), rule?.waivedOnAnyNode === true, v.nodeIds);
  }
  const ids = new Set(plan.nodes.map((node) => node.id));
  return waivers.filter((w) => staleness(w, (id) => ids.has(id), book, CATALOG_BY_ID) !== undefined);
}
