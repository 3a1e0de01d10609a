/** Edits the rule checker offers: quick fixes, rule settings, waivers. Pure, like `edit/`. */
export { violationKey } from './key';
export { quickFixesFor, type QuickFix } from './quick-fixes';
export { resetRule, setRuleEnabled, setRuleOption, setRuleSeverity } from './rule-settings';
export { addWaiver, canWaive, removeWaiver, staleWaiverOf } from './waivers';
export { newViolationsIfConnected } from './connection-preview';
