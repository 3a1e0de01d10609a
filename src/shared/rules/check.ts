/**
 * checkPlan: every enabled rule of the catalog over one shared index, then
 * waivers, then the two rules about the plan's own settings, in the one order
 * compareViolations defines. Deterministic, linear in nodes + edges (apart
 * from sorting what it reports), and it never throws on a plan the loader
 * accepted.
 */
import { indexPlan } from '../graph/index-plan';
import type { Plan, Severity } from '../model/types';
import { checkPmNotUnderPo } from './article/pm-not-under-po';
import { checkPmHasPo, checkPmOutranksPo } from './article/pm-po-levels';
import { checkPoReportsToPm } from './article/po-reports-to-pm';
import { checkRolesHeldByDifferentPeople } from './article/roles-held-by-different-people';
import {
  checkExternalStakeholderHasPm,
  checkInternalStakeholderHasPo,
  checkPoInternalStakeholdersOnly,
} from './article/stakeholders';
import { checkPoInTeam, checkTeamHasDevelopers, checkTeamHasOnePo } from './article/teams';
import type { RuleId } from './catalog';
import type { Emit, RuleCheck } from './context';
import { checkStaleWaivers } from './meta/stale-waiver';
import { checkUnknownRules } from './meta/unknown-rule';
import { resolveRuleSettings } from './settings';
import { checkDuplicateLines } from './structure/duplicate-line';
import { checkEdgeEndpoints } from './structure/edge-endpoints';
import { checkSingleManager, checkSpanOfControl } from './structure/hierarchy';
import { checkNoReportingCycles } from './structure/no-reporting-cycles';
import { checkStakeholderEngaged } from './structure/stakeholder-engaged';
import { compareViolations, type Violation } from './violation';
import { WaiverBook, acceptingWaiver, type WaiverEntry } from './waivers';

export { findStaleWaivers } from './meta/stale-waiver';
export { resolveRuleSettings, type RuleSettings } from './settings';

/** The waivable rules, in catalog order; unknown-rule and stale-waiver run after them. */
const RULE_CHECKS: readonly (readonly [RuleId, RuleCheck])[] = [
  ['po-reports-to-pm', checkPoReportsToPm],
  ['pm-not-under-po', checkPmNotUnderPo],
  ['po-internal-stakeholders-only', checkPoInternalStakeholdersOnly],
  ['external-stakeholder-has-pm', checkExternalStakeholderHasPm],
  ['internal-stakeholder-has-po', checkInternalStakeholderHasPo],
  ['po-in-team', checkPoInTeam],
  ['team-has-one-po', checkTeamHasOnePo],
  ['team-has-developers', checkTeamHasDevelopers],
  ['roles-held-by-different-people', checkRolesHeldByDifferentPeople],
  ['pm-outranks-po', checkPmOutranksPo],
  ['pm-has-po', checkPmHasPo],
  ['edge-endpoints', checkEdgeEndpoints],
  ['duplicate-line', checkDuplicateLines],
  ['no-reporting-cycles', checkNoReportingCycles],
  ['single-manager', checkSingleManager],
  ['stakeholder-engaged', checkStakeholderEngaged],
  ['span-of-control', checkSpanOfControl],
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
  ruleId: RuleId = 'po-reports-to-pm';
  severity: Severity = 'warning';
  waivers: ReadonlyMap<string, WaiverEntry> | undefined = undefined;

  readonly emit: Emit = (nodeIds, edgeIds, message) => {
    const { ruleId, severity } = this;
    const waiver = acceptingWaiver(this.waivers, ruleId, nodeIds);
    if (waiver === undefined) {
      this.out.push({ ruleId, severity, message, nodeIds, edgeIds });
      return;
    }
    this.out.push({ ruleId, severity, message, nodeIds, edgeIds, waived: true, waiverReason: waiver.reason });
  };

  /** Directs what is emitted next to `out`, as violations of this rule. */
  start(out: Violation[], ruleId: RuleId, severity: Severity, waivers?: ReadonlyMap<string, WaiverEntry>): Emit {
    this.out = out;
    this.ruleId = ruleId;
    this.severity = severity;
    this.waivers = waivers;
    return this.emit;
  }

  /** Lets go of the last check's list: the caller owns it now. */
  release(): void {
    this.out = [];
    this.waivers = undefined;
  }
}

const collector = new Collector();

export function checkPlan(plan: Plan): Violation[] {
  const index = indexPlan(plan);
  const book = new WaiverBook(plan.waivers ?? []);
  const violations: Violation[] = [];
  try {
    for (const [ruleId, check] of RULE_CHECKS) {
      const settings = resolveRuleSettings(plan, ruleId);
      if (!settings.enabled) continue;
      check({ plan, index, settings }, collector.start(violations, ruleId, settings.severity, book.forRule(ruleId)));
    }
    // Both come last, as stale-waiver needs every waivable violation; neither can be waived.
    const stale = resolveRuleSettings(plan, 'stale-waiver');
    if (stale.enabled)
      checkStaleWaivers(plan, index, book, collector.start(violations, 'stale-waiver', stale.severity));
    const unknown = resolveRuleSettings(plan, 'unknown-rule');
    if (unknown.enabled) checkUnknownRules(plan, index, collector.start(violations, 'unknown-rule', unknown.severity));
  } finally {
    collector.release();
  }
  return violations.sort(compareViolations);
}
