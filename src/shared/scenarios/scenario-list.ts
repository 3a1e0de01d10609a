/**
 * A document's scenarios as a list of plans (format 3): the root plan first ("As-is" unless named), then its
 * proposals in file order. Every plan in the list is a plain plan without scenario fields, so rules, layout,
 * diff and metrics work on any of them unchanged; `documentOf` puts a list back into one document to save.
 */
import { DEFAULT_SCENARIO_ID, DEFAULT_SCENARIO_NAME, type Plan, type PlanScenario } from '../model/types';

export interface Scenario {
  readonly id: string;
  readonly name: string;
  readonly plan: Plan;
}

/** The plan without its scenario fields: what the root scenario's plan is. */
export function withoutScenarios(doc: Plan): Plan {
  if (doc.scenarios === undefined && doc.scenarioId === undefined && doc.scenarioName === undefined) return doc;
  const plan: { -readonly [K in keyof Plan]: Plan[K] } = { ...doc };
  delete plan.scenarios;
  delete plan.scenarioId;
  delete plan.scenarioName;
  return plan;
}

function proposalPlan(doc: Plan, scenario: PlanScenario): Plan {
  return {
    format: doc.format,
    version: doc.version,
    ...(doc.name !== undefined && { name: doc.name }),
    nodes: scenario.nodes,
    edges: scenario.edges,
    ...(scenario.rules !== undefined && { rules: scenario.rules }),
    ...(scenario.waivers !== undefined && { waivers: scenario.waivers }),
    ...(scenario.layout !== undefined && { layout: scenario.layout }),
    ...(scenario.extra !== undefined && { extra: scenario.extra }),
  };
}

/** Document → its scenarios, the root first. A plan without scenarios is one scenario, "As-is". */
export function scenariosOf(doc: Plan): Scenario[] {
  const root: Scenario = {
    id: doc.scenarioId ?? DEFAULT_SCENARIO_ID,
    name: doc.scenarioName ?? DEFAULT_SCENARIO_NAME,
    plan: withoutScenarios(doc),
  };
  return [root, ...(doc.scenarios ?? []).map((s) => ({ id: s.id, name: s.name, plan: proposalPlan(doc, s) }))];
}

function scenarioRecord(scenario: Scenario): PlanScenario {
  const { plan } = scenario;
  return {
    id: scenario.id,
    name: scenario.name,
    nodes: plan.nodes,
    edges: plan.edges,
    ...(plan.rules !== undefined && { rules: plan.rules }),
    ...(plan.waivers !== undefined && { waivers: plan.waivers }),
    ...(plan.layout !== undefined && { layout: plan.layout }),
    ...(plan.extra !== undefined && { extra: plan.extra }),
  };
}

/**
 * Scenarios → one document: the first is the root (its unknown fields are the document's), the rest its
 * proposals. `name` is the document's title, shared by every scenario (the app passes the active plan's, which is
 * the one the user can rename). A single scenario with the default id and name gives a plain plan, written exactly
 * as a plan without scenarios.
 */
export function documentOf(list: readonly Scenario[], name: string | undefined): Plan {
  const [root, ...proposals] = list;
  if (root === undefined) throw new Error('a document has at least one scenario');
  const rest: { -readonly [K in keyof Plan]: Plan[K] } = { ...withoutScenarios(root.plan) };
  delete rest.name;
  return {
    ...rest,
    ...(name !== undefined && { name }),
    ...(root.id !== DEFAULT_SCENARIO_ID && { scenarioId: root.id }),
    ...(root.name !== DEFAULT_SCENARIO_NAME && { scenarioName: root.name }),
    ...(proposals.length > 0 && { scenarios: proposals.map(scenarioRecord) }),
  };
}
