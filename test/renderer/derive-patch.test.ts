/**
 * The canvas derivers patch an edit that moves no card into their previous output (derive.ts, derive-edges.ts):
 * these tests fail if that reuse breaks (a rename rebuilding every card, or every line) and if a patched output
 * ever differs from deriving the same inputs from scratch.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { deleteElements, moveNodes, updateNode } from '@shared/edit';
import { articleExamplePlan } from '@shared/example/article-example';
import type { Plan, PlanNode } from '@shared/model/types';
import { hiddenNodes } from '@shared/view/hidden-nodes';
import { createNodeDeriver } from '../../src/renderer/src/canvas/derive';
import { createEdgeDeriver } from '../../src/renderer/src/canvas/derive-edges';
import type { FlowEdge, FlowNode } from '../../src/renderer/src/canvas/flow-types';
import { planMarkers } from '../../src/renderer/src/problems/violations';

const NONE: ReadonlySet<string> = new Set();

function edited(result: ReturnType<typeof updateNode>): Plan {
  if (!result.ok) throw new Error(result.reason);
  return result.plan;
}

/** The ids whose element is not the very object it was before. */
function rebuilt<T extends { id: string }>(before: readonly T[], after: readonly T[]): string[] {
  const old = new Map(before.map((element) => [element.id, element]));
  return after.filter((element) => old.get(element.id) !== element).map((element) => element.id);
}

describe('patching an edit into the derived canvas elements', () => {
  it('rebuilds only the renamed card, and keeps every line and the line array, after a rename', () => {
    const plan = articleExamplePlan();
    const deriveNodes = createNodeDeriver();
    const deriveEdges = createEdgeDeriver();
    const nodes = deriveNodes(plan, NONE, null, NONE, planMarkers(plan));
    const edges = deriveEdges(plan, NONE, null, NONE, null, planMarkers(plan));
    const renamed = edited(updateNode(plan, 'pm-checkout', { name: 'Someone Else' }));
    const nextNodes = deriveNodes(renamed, NONE, null, NONE, planMarkers(renamed));
    expect(nextNodes).not.toBe(nodes);
    expect(rebuilt(nodes, nextNodes)).toEqual(['pm-checkout']);
    expect(nextNodes.map((n) => n.id)).toEqual(nodes.map((n) => n.id));
    expect(nextNodes.find((n) => n.id === 'pm-checkout')?.data.node.name).toBe('Someone Else');
    expect(deriveEdges(renamed, NONE, null, NONE, null, planMarkers(renamed))).toBe(edges);
  });

  it('rebuilds only the cards whose selection changed when a click selects another card', () => {
    const plan = articleExamplePlan();
    const deriveNodes = createNodeDeriver();
    const first = deriveNodes(plan, new Set(['cpo']), null, NONE);
    const second = deriveNodes(plan, new Set(['po-cart']), null, NONE);
    expect(rebuilt(first, second).sort()).toEqual(['cpo', 'po-cart']);
    expect(second.find((n) => n.id === 'po-cart')?.selected).toBe(true);
    expect(second.find((n) => n.id === 'cpo')?.selected).toBe(false);
  });

  it('rebuilds only the lines whose selection or problem marker changed', () => {
    const plan = articleExamplePlan();
    const deriveEdges = createEdgeDeriver();
    const line = plan.edges[0]!.id;
    const marked = plan.edges[1]!.id;
    const first = deriveEdges(plan, NONE, null, NONE, null);
    const markers = { nodes: new Map(), edges: new Map([[marked, { severity: 'warning' as const, text: 'Why' }]]) };
    const second = deriveEdges(plan, new Set([line]), null, NONE, null, markers);
    expect(rebuilt(first, second).sort()).toEqual([line, marked].sort());
    expect(second.find((e) => e.id === marked)?.className).toContain('has-problem--warning');
    expect(second.find((e) => e.id === line)?.selected).toBe(true);
  });

  it('visits only the renamed card, not every card and line of the plan', () => {
    // A set that counts the look-ups: deriving every card asks it about each card and each line.
    class CountingSet extends Set<string> {
      lookups = 0;
      override has(id: string): boolean {
        this.lookups++;
        return super.has(id);
      }
    }
    const plan = articleExamplePlan();
    const selectedNodes = new CountingSet();
    const selectedEdges = new CountingSet();
    const deriveNodes = createNodeDeriver();
    const deriveEdges = createEdgeDeriver();
    deriveNodes(plan, selectedNodes, null, NONE, planMarkers(plan));
    deriveEdges(plan, selectedEdges, null, NONE, null, planMarkers(plan));
    expect(selectedNodes.lookups).toBe(plan.nodes.length);
    expect(selectedEdges.lookups).toBe(plan.edges.length);
    selectedNodes.lookups = 0;
    selectedEdges.lookups = 0;
    const renamed = edited(updateNode(plan, 'pm-checkout', { name: 'Someone Else' }));
    deriveNodes(renamed, selectedNodes, null, NONE, planMarkers(renamed));
    deriveEdges(renamed, selectedEdges, null, NONE, null, planMarkers(renamed));
    expect(selectedNodes.lookups).toBe(1);
    expect(selectedEdges.lookups).toBe(0);
  });

  it('derives every card again when a card moves, so the reading order follows it', () => {
    const plan = articleExamplePlan();
    const deriveNodes = createNodeDeriver();
    deriveNodes(plan, NONE, null, NONE);
    const moved = moveNodes(plan, new Map([['sh-sales', { x: -500, y: -500 }]]));
    expect(deriveNodes(moved, NONE, null, NONE)[0]?.id).toBe('sh-sales');
  });
});

/** One step of a random session: what the user did, as the derivers' inputs after it. */
type Step =
  | { readonly kind: 'rename'; readonly at: number; readonly name: string }
  | { readonly kind: 'role'; readonly at: number }
  | { readonly kind: 'scope'; readonly at: number }
  | { readonly kind: 'move'; readonly at: number; readonly x: number; readonly y: number }
  | { readonly kind: 'delete'; readonly at: number }
  | { readonly kind: 'select'; readonly nodes: readonly number[]; readonly edges: readonly number[] }
  | { readonly kind: 'collapse'; readonly at: number };

const stepArbitrary: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ kind: fc.constant('rename' as const), at: fc.nat(), name: fc.constantFrom('Ana', 'Ben', '', 'Cy') }),
  fc.record({ kind: fc.constant('role' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('scope' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('move' as const), at: fc.nat(), x: fc.integer(), y: fc.integer() }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({
    kind: fc.constant('select' as const),
    nodes: fc.array(fc.nat(), { maxLength: 3 }),
    edges: fc.array(fc.nat(), { maxLength: 3 }),
  }),
  fc.record({ kind: fc.constant('collapse' as const), at: fc.nat() }),
);

interface Session {
  plan: Plan;
  selectedNodes: ReadonlySet<string>;
  selectedEdges: ReadonlySet<string>;
  collapsed: ReadonlySet<string>;
}

const ROLES: Record<string, PlanNode['kind']> = { pm: 'po', po: 'person', person: 'pm' };

function apply(session: Session, step: Step): Session {
  const { plan } = session;
  const node = plan.nodes[('at' in step ? step.at : 0) % Math.max(1, plan.nodes.length)];
  const update = (patch: Parameters<typeof updateNode>[2]): Session => {
    const result = node === undefined ? null : updateNode(plan, node.id, patch);
    return result?.ok === true ? { ...session, plan: result.plan } : session;
  };
  switch (step.kind) {
    case 'rename':
      return update({ name: step.name });
    case 'role': {
      const role = node === undefined ? undefined : ROLES[node.kind];
      return role === undefined ? session : update({ kind: role });
    }
    case 'scope':
      return update({ scope: node?.scope === 'external' ? 'internal' : 'external' });
    case 'move':
      return node === undefined
        ? session
        : { ...session, plan: moveNodes(plan, new Map([[node.id, { x: step.x, y: step.y }]])) };
    case 'delete':
      return node === undefined ? session : { ...session, plan: deleteElements(plan, [node.id]) };
    case 'select':
      return {
        ...session,
        selectedNodes: new Set(step.nodes.flatMap((i) => plan.nodes[i % plan.nodes.length]?.id ?? [])),
        selectedEdges: new Set(step.edges.flatMap((i) => plan.edges[i % plan.edges.length]?.id ?? [])),
      };
    case 'collapse':
      return node === undefined ? session : { ...session, collapsed: new Set([...session.collapsed, node.id]) };
  }
}

function derived(
  deriveNodes: ReturnType<typeof createNodeDeriver>,
  deriveEdges: ReturnType<typeof createEdgeDeriver>,
  s: Session,
): { nodes: FlowNode[]; edges: FlowEdge[] } {
  const hidden = hiddenNodes(s.plan, s.collapsed);
  const markers = planMarkers(s.plan);
  return {
    nodes: deriveNodes(s.plan, s.selectedNodes, null, hidden, markers),
    edges: deriveEdges(s.plan, s.selectedEdges, null, hidden, null, markers),
  };
}

describe('patched canvas elements', () => {
  it('always equal the elements derived from scratch, over random sessions of edits and clicks', () => {
    fc.assert(
      fc.property(fc.array(stepArbitrary, { minLength: 1, maxLength: 12 }), (steps) => {
        const deriveNodes = createNodeDeriver();
        const deriveEdges = createEdgeDeriver();
        let session: Session = {
          plan: articleExamplePlan(),
          selectedNodes: NONE,
          selectedEdges: NONE,
          collapsed: NONE,
        };
        derived(deriveNodes, deriveEdges, session);
        for (const step of steps) {
          session = apply(session, step);
          const patched = derived(deriveNodes, deriveEdges, session);
          const fresh = derived(createNodeDeriver(), createEdgeDeriver(), session);
          expect(patched.nodes).toEqual(fresh.nodes);
          expect(patched.edges).toEqual(fresh.edges);
        }
      }),
      { numRuns: 150 },
    );
  });
});
