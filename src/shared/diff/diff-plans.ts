/**
 * The as-is against the to-be (docs/cli.md, `diff`): who was added, removed, renamed, changed or moved,
 * which side lines changed, which problems the proposal introduces or solves, and the headline numbers on
 * both sides. Linear in the size of the two plans (maps by id, one check of each plan).
 */
import type { Plan, PlanNode } from '../model/types';
import { checkPlan } from '../rules/check';
import type { Violation } from '../rules/violation';
import { matchNodes, type MatchBy, type NodeMatch } from './match-nodes';
import { fieldChanges, type FieldChange } from './node-changes';
import { orgMetrics, type OrgMetrics } from './org-metrics';
import { relationChanges, type RelationChanges } from './relation-changes';
import { violationDelta, type ViolationDelta } from './violation-delta';

export interface NodeRef {
  readonly id: string;
  readonly kind: PlanNode['kind'];
  readonly name: string;
}

export interface NodeChange extends NodeRef {
  /** The before-plan's name when it differs (a rename). */
  readonly renamedFrom?: string;
  readonly fields: FieldChange[];
}

export interface PlanDiff {
  readonly match: NodeMatch['counts'] & { readonly by: MatchBy };
  readonly added: NodeRef[];
  readonly removed: NodeRef[];
  /** Renamed or with other fields changed (after-plan ids). */
  readonly changed: NodeChange[];
  readonly moved: RelationChanges['moved'];
  readonly lines: { readonly added: RelationChanges['added']; readonly removed: RelationChanges['removed'] };
  readonly problems: ViolationDelta;
  readonly before: OrgMetrics;
  readonly after: OrgMetrics;
}

export interface DiffOptions {
  readonly matchBy?: MatchBy;
  /** Checks already run (the app has them); computed when absent. */
  readonly beforeViolations?: readonly Violation[];
  readonly afterViolations?: readonly Violation[];
}

const ref = (node: PlanNode): NodeRef => ({ id: node.id, kind: node.kind, name: node.name });

export function diffPlans(before: Plan, after: Plan, options: DiffOptions = {}): PlanDiff {
  const by = options.matchBy ?? 'id';
  const match = matchNodes(before, after, by);
  const afterById = new Map(after.nodes.map((node) => [node.id, node]));
  const removed: NodeRef[] = [];
  const changed: NodeChange[] = [];
  for (const node of before.nodes) {
    const afterId = match.toAfter.get(node.id);
    const other = afterId === undefined ? undefined : afterById.get(afterId);
    if (other === undefined) {
      removed.push(ref(node));
      continue;
    }
    const fields = fieldChanges(node, other);
    const renamed = node.name !== other.name;
    if (fields.length > 0 || renamed) {
      changed.push({ ...ref(other), ...(renamed ? { renamedFrom: node.name } : {}), fields });
    }
  }
  const added = after.nodes.filter((node) => !match.toBefore.has(node.id)).map(ref);
  const relations = relationChanges(before, after, match);
  const problems = violationDelta(
    options.beforeViolations ?? checkPlan(before),
    options.afterViolations ?? checkPlan(after),
    match,
  );
  return {
    match: { by, ...match.counts },
    added,
    removed,
    changed,
    moved: relations.moved,
    lines: { added: relations.added, removed: relations.removed },
    problems,
    before: orgMetrics(before),
    after: orgMetrics(after),
  };
}
