/**
 * Every rule, once, in catalog order: the one list the catalog (RuleId,
 * RULE_CATALOG), the checks, the rule options the loader accepts, the quick
 * fixes and docs/rules.md are derived from. To add a rule, add its module
 * (`src/shared/rules/<rule-id>.ts`, made with defineRule) and one line here.
 */
import { duplicateLine } from './duplicate-line';
import { edgeEndpoints } from './edge-endpoints';
import { externalStakeholderHasPm } from './external-stakeholder-has-pm';
import { internalStakeholderHasPo } from './internal-stakeholder-has-po';
import { maxLayers } from './max-layers';
import { noReportingCycles } from './no-reporting-cycles';
import { pmHasPo } from './pm-has-po';
import { pmNotUnderPo } from './pm-not-under-po';
import { pmOutranksPo } from './pm-outranks-po';
import { poInTeam } from './po-in-team';
import { poInternalStakeholdersOnly } from './po-internal-stakeholders-only';
import { poReportsToPm } from './po-reports-to-pm';
import { rolesHeldByDifferentPeople } from './roles-held-by-different-people';
import { singleManager } from './single-manager';
import { spanOfControl } from './span-of-control';
import { stakeholderEngaged } from './stakeholder-engaged';
import { staleWaiver } from './stale-waiver';
import { teamHasDevelopers } from './team-has-developers';
import { teamHasOnePo } from './team-has-one-po';
import { unknownRule } from './unknown-rule';

export const RULES = [
  // From the article.
  poReportsToPm,
  pmNotUnderPo,
  poInternalStakeholdersOnly,
  externalStakeholderHasPm,
  internalStakeholderHasPo,
  poInTeam,
  teamHasOnePo,
  teamHasDevelopers,
  rolesHeldByDifferentPeople,
  pmOutranksPo,
  pmHasPo,
  // Plain org-design invariants.
  edgeEndpoints,
  duplicateLine,
  noReportingCycles,
  singleManager,
  stakeholderEngaged,
  spanOfControl,
  maxLayers,
  // About the plan's own settings: never waivable, run after the others.
  unknownRule,
  staleWaiver,
] as const;
