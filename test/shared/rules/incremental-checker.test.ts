/**
 * The incremental checker against checkPlan: random plans, then random
 * sequences of the edits the app makes (immutable updates, untouched nodes
 * and lines kept as the same objects), and after every step the incremental
 * result must equal a full check of the same plan: the same violations in
 * the same order.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EDGE_KINDS, NODE_KINDS, SCOPES, SEVERITIES, type Plan, type PlanNode } from '@shared/model/types';
import { checkPlan } from '@shared/rules/check';
import { IncrementalChecker, type CheckRun } from '@shared/rules/incremental/incremental-checker';
import { idArbitrary, nameArbitrary, planArbitrary, ruleIdArbitrary } from '../arbitraries';

type Edit =
  | { op: 'add'; id: string; kind: PlanNode['kind']; name: string; at: number }
  | { op: 'remove'; at: number; keepLines: boolean }
  | { op: 'rename'; at: number; name: string }
  | { op: 'kind'; at: number; kind: PlanNode['kind'] }
  | { op: 'level'; at: number; level: number | undefined }
  | { op: 'scope'; at: number; scope: (typeof SCOPES)[number] }
  | { op: 'vacant'; at: number }
  | { op: 'move'; at: number; x: number }
  | { op: 'connect'; kind: (typeof EDGE_KINDS)[number]; source: number; target: number; reuseId: boolean }
  | { op: 'disconnect'; at: number }
  | { op: 'edge-kind'; at: number; kind: (typeof EDGE_KINDS)[number] }
  | { op: 'waive'; ruleId: string; at: number; reason: string }
  | { op: 'unwaive'; at: number }
  | { op: 'settings'; ruleId: string; enabled: boolean; severity: (typeof SEVERITIES)[number]; max: number }
  | { op: 'undo'; steps: number };

const at = fc.nat({ max: 40 });
const nodeKind = fc.constantFrom(...NODE_KINDS);
const edgeKind = fc.constantFrom(...EDGE_KINDS);

const editArbitrary: fc.Arbitrary<Edit> = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.record({ op: fc.constant('add' as const), id: idArbitrary, kind: nodeKind, name: nameArbitrary, at }),
  },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('remove' as const), at, keepLines: fc.boolean() }) },
  { weight: 3, arbitrary: fc.record({ op: fc.constant('rename' as const), at, name: nameArbitrary }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('kind' as const), at, kind: nodeKind }) },
  {
    weight: 1,
    arbitrary: fc.record({
      op: fc.constant('level' as const),
      at,
      level: fc.option(fc.integer({ min: 0, max: 9 }), { nil: undefined }),
    }),
  },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('scope' as const), at, scope: fc.constantFrom(...SCOPES) }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('vacant' as const), at }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('move' as const), at, x: fc.integer({ min: -500, max: 500 }) }) },
  {
    weight: 5,
    arbitrary: fc.record({
      op: fc.constant('connect' as const),
      kind: edgeKind,
      source: at,
      target: at,
      reuseId: fc.boolean(),
    }),
  },
  { weight: 3, arbitrary: fc.record({ op: fc.constant('disconnect' as const), at }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('edge-kind' as const), at, kind: edgeKind }) },
  {
    weight: 2,
    arbitrary: fc.record({
      op: fc.constant('waive' as const),
      ruleId: ruleIdArbitrary,
      at,
      reason: fc.constantFrom('a', 'b'),
    }),
  },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('unwaive' as const), at }) },
  {
    weight: 1,
    arbitrary: fc.record({
      op: fc.constant('settings' as const),
      ruleId: ruleIdArbitrary,
      enabled: fc.boolean(),
      severity: fc.constantFrom(...SEVERITIES),
      max: fc.integer({ min: 1, max: 4 }),
    }),
  },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('undo' as const), steps: fc.integer({ min: 1, max: 4 }) }) },
);

function pick<T>(items: readonly T[], i: number): T | undefined {
  return items.length === 0 ? undefined : items[i % items.length];
}

/** One node replaced by `change(node)`, every other node the same object. */
function updateNode(plan: Plan, i: number, change: (node: PlanNode) => PlanNode): Plan {
  const target = pick(plan.nodes, i);
  if (target === undefined) return plan;
  return { ...plan, nodes: plan.nodes.map((node) => (node === target ? change(node) : node)) };
}

let edgeSerial = 0;

function applyEdit(plan: Plan, edit: Edit, history: readonly Plan[]): Plan {
  switch (edit.op) {
    case 'add': {
      const nodes = [...plan.nodes];
      const node: PlanNode = { id: edit.id, kind: edit.kind, name: edit.name };
      // Mostly appended, as the editor does; sometimes in the middle.
      nodes.splice(edit.at % 3 === 0 ? edit.at % (nodes.length + 1) : nodes.length, 0, node);
      return { ...plan, nodes };
    }
    case 'remove': {
      const gone = pick(plan.nodes, edit.at);
      if (gone === undefined) return plan;
      const nodes = plan.nodes.filter((node) => node !== gone);
      // The editor removes the node's lines too; a plan built in code may leave them dangling.
      if (edit.keepLines && edit.at % 4 === 0) return { ...plan, nodes };
      return { ...plan, nodes, edges: plan.edges.filter((e) => e.source !== gone.id && e.target !== gone.id) };
    }
    case 'rename':
      return updateNode(plan, edit.at, (node) => ({ ...node, name: edit.name }));
    case 'kind':
      return updateNode(plan, edit.at, (node) => ({ ...node, kind: edit.kind }));
    case 'level':
      return updateNode(plan, edit.at, (node) => {
        const copy: { -readonly [K in keyof PlanNode]: PlanNode[K] } = { ...node };
        if (edit.level === undefined) delete copy.level;
        else copy.level = edit.level;
        return copy;
      });
    case 'scope':
      return updateNode(plan, edit.at, (node) => ({ ...node, scope: edit.scope }));
    case 'vacant':
      return updateNode(plan, edit.at, (node) => ({ ...node, vacant: node.vacant !== true }));
    case 'move':
      return updateNode(plan, edit.at, (node) => ({ ...node, position: { x: edit.x, y: 0 } }));
    case 'connect': {
      const source = pick(plan.nodes, edit.source);
      const target = pick(plan.nodes, edit.target);
      if (source === undefined || target === undefined) return plan;
      const reused = edit.reuseId ? pick(plan.edges, edit.source)?.id : undefined;
      const id = reused ?? `new${edgeSerial++}`;
      return { ...plan, edges: [...plan.edges, { id, kind: edit.kind, source: source.id, target: target.id }] };
    }
    case 'disconnect': {
      const gone = pick(plan.edges, edit.at);
      return gone === undefined ? plan : { ...plan, edges: plan.edges.filter((e) => e !== gone) };
    }
    case 'edge-kind': {
      const changed = pick(plan.edges, edit.at);
      if (changed === undefined) return plan;
      return { ...plan, edges: plan.edges.map((e) => (e === changed ? { ...e, kind: edit.kind } : e)) };
    }
    case 'waive': {
      const nodeId = pick(plan.nodes, edit.at)?.id ?? 'nobody';
      return { ...plan, waivers: [...(plan.waivers ?? []), { ruleId: edit.ruleId, nodeId, reason: edit.reason }] };
    }
    case 'unwaive': {
      const gone = pick(plan.waivers ?? [], edit.at);
      return gone === undefined ? plan : { ...plan, waivers: (plan.waivers ?? []).filter((w) => w !== gone) };
    }
    case 'settings': {
      // The rules with options: span-of-control's range and max-layers' depth (small, so random plans break it).
      const options =
        edit.ruleId === 'span-of-control'
          ? { options: { max: edit.max, min: edit.max - 1 } }
          : edit.ruleId === 'max-layers'
            ? { options: { max: edit.max } }
            : {};
      const config = { enabled: edit.enabled, severity: edit.severity, ...options };
      return { ...plan, rules: { ...plan.rules, [edit.ruleId]: config } };
    }
    case 'undo':
      return history[Math.max(0, history.length - 1 - edit.steps)] ?? plan;
  }
}

describe('IncrementalChecker', () => {
  it('gives exactly checkPlan’s violations after every edit of a random edit sequence', () => {
    const runs: Record<CheckRun, number> = { full: 0, incremental: 0, unchanged: 0 };
    fc.assert(
      fc.property(
        planArbitrary({ maxNodes: 16, maxEdges: 30, maxWaivers: 3 }),
        fc.array(editArbitrary, { minLength: 1, maxLength: 30 }),
        (start, edits) => {
          const checker = new IncrementalChecker();
          expect(checker.check(start)).toEqual(checkPlan(start));
          const history: Plan[] = [start];
          let plan = start;
          for (const edit of edits) {
            plan = applyEdit(plan, edit, history);
            history.push(plan);
            expect(checker.check(plan), edit.op).toEqual(checkPlan(plan));
            runs[checker.lastRun]++;
          }
        },
      ),
      { numRuns: 300 },
    );
    // The property says nothing if every step fell back to a full check.
    expect(runs.incremental).toBeGreaterThan(3 * runs.full);
  }, 60_000);

  it('stays equal to checkPlan with tight metric targets (max-layers and span-of-control’s range find things)', () => {
    const tight = { 'max-layers': { options: { max: 2 } }, 'span-of-control': { options: { max: 2, min: 2 } } };
    let graphFindings = 0;
    fc.assert(
      fc.property(
        planArbitrary({ maxNodes: 16, maxEdges: 30, maxWaivers: 3 }),
        fc.array(
          editArbitrary.filter((edit) => edit.op !== 'settings'),
          { minLength: 1, maxLength: 30 },
        ),
        (generated, edits) => {
          const start: Plan = { ...generated, rules: tight };
          const checker = new IncrementalChecker();
          checker.check(start);
          const history: Plan[] = [start];
          let plan = start;
          for (const edit of edits) {
            plan = applyEdit(plan, edit, history);
            history.push(plan);
            const full = checkPlan(plan);
            expect(checker.check(plan), edit.op).toEqual(full);
            if (full.some((v) => v.ruleId === 'max-layers')) graphFindings++;
          }
        },
      ),
      { numRuns: 200 },
    );
    // The property says nothing about max-layers if no plan broke it.
    expect(graphFindings).toBeGreaterThan(50);
  }, 60_000);

  it('stays equal to checkPlan once an edit repeats a node id (found by the property test with another seed)', () => {
    const start: Plan = { format: 'org-planner', version: 2, nodes: [{ id: '0', kind: 'pm', name: 'Sam' }], edges: [] };
    const checker = new IncrementalChecker();
    checker.check(start);
    let plan: Plan = { ...start, nodes: [{ id: '0', kind: 'pm', name: 'Sam' }, ...start.nodes] };
    expect(checker.check(plan)).toEqual(checkPlan(plan));
    plan = { ...plan, nodes: plan.nodes.map((node, i) => (i === 0 ? { ...node, level: 0 } : node)) };
    expect(checker.check(plan)).toEqual(checkPlan(plan));
    plan = { ...plan, nodes: [{ id: 'a', kind: 'pm', name: '' }, ...plan.nodes] };
    expect(checker.check(plan)).toEqual(checkPlan(plan));
    expect(checker.lastRun).toBe('full');
  });

  it('re-checks only the people a renamed PM or PO left and joined, and keeps the others (roles-held-by-different-people)', () => {
    // Two PM nodes and a PO node of one person "Sam", and a PO "Jo": renaming one PM to "Jo" leaves Sam still
    // holding both roles on the other PM node, and makes Jo hold both.
    const others = Array.from({ length: 100 }, (_, i): PlanNode => ({ id: `p${i}`, kind: 'po', name: `Po ${i}` }));
    const start: Plan = {
      format: 'org-planner',
      version: 2,
      nodes: [
        { id: 'pm1', kind: 'pm', name: 'Sam' },
        { id: 'pm2', kind: 'pm', name: 'sam' },
        { id: 'po1', kind: 'po', name: 'Sam' },
        { id: 'po2', kind: 'po', name: 'Jo' },
        ...others,
      ],
      edges: [],
    };
    const checker = new IncrementalChecker();
    checker.check(start);
    const renamed: Plan = { ...start, nodes: start.nodes.map((n) => (n.id === 'pm1' ? { ...n, name: 'Jo' } : n)) };
    const result = checker.check(renamed);
    expect(checker.lastRun).toBe('incremental');
    expect(result).toEqual(checkPlan(renamed));
    const held = result.filter((v) => v.ruleId === 'roles-held-by-different-people').map((v) => v.nodeIds);
    expect(held).toEqual([
      ['pm1', 'po2'],
      ['pm2', 'po1'],
    ]);
  });
});
