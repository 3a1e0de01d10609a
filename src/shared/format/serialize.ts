/**
 * Plan → text, deterministically (format.md "Writing rules"): records sorted
 * by id, known keys in the spec's order then unknown keys as read, positions
 * rounded, two-space indentation and a trailing newline.
 */
import type { JsonValue } from '../model/json';
import { compareWaivers } from '../model/waiver';
import {
  FORMAT_VERSION,
  PLAIN_PLAN_VERSION,
  type Plan,
  type PlanEdge,
  type PlanLayout,
  type PlanNode,
  type PlanScenario,
  type RuleConfig,
  type Waiver,
} from '../model/types';

type Out = Record<string, unknown>;

function byId(a: { id: string }, b: { id: string }): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * Own-property test, not `key in out`: `in` also sees Object.prototype, so unknown fields named
 * `toString`, `valueOf` or `hasOwnProperty` were dropped on save.
 */
function withExtras(out: Out, extra: Readonly<Record<string, JsonValue>> | undefined): Out {
  if (extra !== undefined) for (const key of Object.keys(extra)) if (!Object.hasOwn(out, key)) out[key] = extra[key];
  return out;
}

/** Rounds to whole pixels, never writing -0. */
function roundPixel(value: number): number {
  return Math.round(value) + 0;
}

function nodeOut(node: PlanNode): Out {
  const out: Out = { id: node.id, kind: node.kind, name: node.name };
  if (node.title !== undefined) out.title = node.title;
  if (node.level !== undefined) out.level = node.level;
  if (node.scope !== undefined) out.scope = node.scope;
  if (node.position !== undefined) out.position = { x: roundPixel(node.position.x), y: roundPixel(node.position.y) };
  if (node.vacant !== undefined) out.vacant = node.vacant;
  if (node.notes !== undefined) out.notes = node.notes;
  // Field names are user data, copied in their own order; fromEntries never touches a prototype.
  if (node.fields !== undefined) out.fields = Object.fromEntries(Object.entries(node.fields));
  return withExtras(out, node.extra);
}

function edgeOut(edge: PlanEdge): Out {
  return withExtras({ id: edge.id, kind: edge.kind, source: edge.source, target: edge.target }, edge.extra);
}

function ruleOut(config: RuleConfig): Out {
  const out: Out = {};
  if (config.enabled !== undefined) out.enabled = config.enabled;
  if (config.severity !== undefined) out.severity = config.severity;
  return withExtras(out, config.options);
}

function waiverOut(waiver: Waiver): Out {
  return withExtras({ ruleId: waiver.ruleId, nodeId: waiver.nodeId, reason: waiver.reason }, waiver.extra);
}

function layoutOut(layout: PlanLayout): Out {
  const out: Out = {};
  if (layout.style !== undefined) out.style = layout.style;
  if (layout.relayoutOnCollapse !== undefined) out.relayoutOnCollapse = layout.relayoutOnCollapse;
  if (layout.cardFields !== undefined) out.cardFields = [...layout.cardFields];
  return withExtras(out, layout.extra);
}

/** Writes the body every scenario has (nodes, edges, rules, waivers, layout) into `out`. */
function bodyOut(out: Out, plan: Plan | PlanScenario): Out {
  out.nodes = [...plan.nodes].sort(byId).map(nodeOut);
  out.edges = [...plan.edges].sort(byId).map(edgeOut);
  if (plan.rules !== undefined) {
    const rules: Out = {};
    // Rule ids are map entries, not fields: sorted, so the order of edits never shows in a diff.
    for (const ruleId of Object.keys(plan.rules).sort()) rules[ruleId] = ruleOut(plan.rules[ruleId] as RuleConfig);
    out.rules = rules;
  }
  if (plan.waivers !== undefined) out.waivers = [...plan.waivers].sort(compareWaivers).map(waiverOut);
  if (plan.layout !== undefined) out.layout = layoutOut(plan.layout);
  return out;
}

function scenarioOut(scenario: PlanScenario): Out {
  return withExtras(bodyOut({ id: scenario.id, name: scenario.name }, scenario), scenario.extra);
}

/**
 * The lowest version that holds the plan (format.md): 2 without scenario fields, so a one-scenario plan is written
 * byte for byte as before; 3 with them, so an older build refuses the file as newer instead of dropping proposals.
 */
export function documentVersion(plan: Plan): number {
  const plain = plan.scenarios === undefined && plan.scenarioId === undefined && plan.scenarioName === undefined;
  return plain ? PLAIN_PLAN_VERSION : FORMAT_VERSION;
}

export function planToJsonValue(plan: Plan): Out {
  const out: Out = { format: plan.format, version: documentVersion(plan) };
  if (plan.name !== undefined) out.name = plan.name;
  bodyOut(out, plan);
  if (plan.scenarioId !== undefined) out.scenarioId = plan.scenarioId;
  if (plan.scenarioName !== undefined) out.scenarioName = plan.scenarioName;
  // Proposals keep the order the user made them in: it is the switcher's order, not an id-keyed set.
  if (plan.scenarios !== undefined) out.scenarios = plan.scenarios.map(scenarioOut);
  return withExtras(out, plan.extra);
}

export function serializePlan(plan: Plan): string {
  return `${JSON.stringify(planToJsonValue(plan), null, 2)}\n`;
}
