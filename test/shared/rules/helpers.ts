/** Terse builders for hand-written test plans. */
import { checkPlan } from '@shared/rules/check';
import type { Violation } from '@shared/rules/violation';
import {
  FORMAT_NAME,
  FORMAT_VERSION,
  type EdgeKind,
  type Plan,
  type PlanEdge,
  type PlanNode,
  type RuleConfig,
  type Scope,
  type Waiver,
} from '@shared/model/types';

type NodeExtras = Partial<Pick<PlanNode, 'level' | 'vacant' | 'title'>>;

export const pm = (id: string, name: string = id, more: NodeExtras = {}): PlanNode => ({
  id,
  kind: 'pm',
  name,
  ...more,
});
export const po = (id: string, name: string = id, more: NodeExtras = {}): PlanNode => ({
  id,
  kind: 'po',
  name,
  ...more,
});
export const person = (id: string, name: string = id, more: NodeExtras = {}): PlanNode => ({
  id,
  kind: 'person',
  name,
  ...more,
});
export const team = (id: string, name: string = id): PlanNode => ({ id, kind: 'team', name });
export const stakeholder = (id: string, scope: Scope, name: string = id): PlanNode => ({
  id,
  kind: 'stakeholder',
  name,
  scope,
});

export const edge = (id: string, kind: EdgeKind, source: string, target: string): PlanEdge => ({
  id,
  kind,
  source,
  target,
});
export const reports = (id: string, source: string, target: string): PlanEdge => edge(id, 'reports-to', source, target);
export const dotted = (id: string, source: string, target: string): PlanEdge => edge(id, 'dotted-line', source, target);
export const member = (id: string, source: string, target: string): PlanEdge => edge(id, 'member-of', source, target);
export const engages = (id: string, source: string, target: string): PlanEdge => edge(id, 'engages', source, target);

export function makePlan(
  nodes: PlanNode[],
  edges: PlanEdge[] = [],
  more: { rules?: Record<string, RuleConfig>; waivers?: Waiver[] } = {},
): Plan {
  return { format: FORMAT_NAME, version: FORMAT_VERSION, nodes, edges, ...more };
}

/** The violations of one rule, in result order. */
export function violationsOf(plan: Plan, ruleId: string): Violation[] {
  return checkPlan(plan).filter((v) => v.ruleId === ruleId);
}

/** Just the ids, for exact comparisons with toEqual. */
export function idsOf(plan: Plan, ruleId: string): { nodeIds: string[]; edgeIds: string[] }[] {
  return violationsOf(plan, ruleId).map(({ nodeIds, edgeIds }) => ({ nodeIds, edgeIds }));
}
