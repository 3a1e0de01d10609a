/**
 * fast-check arbitraries for random VALID plans (ones parsePlan accepts):
 * every node kind, edges of any kind between any existing nodes (so wrong
 * kinds, self-loops and cycles are common), duplicate and blank names,
 * vacancies, waivers naming any rule and any node (or none), and random rule
 * settings. Shared by every property test of the pure core.
 */
import fc from 'fast-check';
import { RULE_CATALOG } from '@shared/rules/catalog';
import {
  EDGE_KINDS,
  FORMAT_NAME,
  FORMAT_VERSION,
  NODE_KINDS,
  SCOPES,
  SEVERITIES,
  isPersonKind,
  type EdgeKind,
  type Plan,
  type PlanEdge,
  type PlanNode,
  type RuleConfig,
  type Waiver,
} from '@shared/model/types';
import type { JsonValue } from '@shared/model/json';

/** Short ids from a small alphabet: collisions between edges' endpoints are what make plans interesting. */
export const idArbitrary: fc.Arbitrary<string> = fc.string({
  unit: fc.constantFrom(...'abcdxyz019-_.é'.split('')),
  minLength: 1,
  maxLength: 4,
});

/** Names that collide under same-person matching, blank ones, and anything else. */
export const nameArbitrary: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom('Sam', 'sam', '  SAM ', 'Alex Kim', 'alex   kim', 'Jo', 'Ünïcode Ñame') },
  { weight: 1, arbitrary: fc.constantFrom('', '   ') },
  { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
);

export const ruleIdArbitrary: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...RULE_CATALOG.map((rule) => rule.id)) },
  { weight: 1, arbitrary: fc.constantFrom('no-such-rule', 'PO-IN-TEAM', 'future-rule') },
);

const extraValueArbitrary: fc.Arbitrary<JsonValue> = fc.oneof(
  fc.string({ maxLength: 6 }),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.integer(), { maxLength: 3 }),
);

/** Unknown fields a newer minor release might have written; kept by the loader. */
const extrasArbitrary = fc.option(fc.dictionary(fc.constantFrom('x-color', 'x-hr-id'), extraValueArbitrary), {
  nil: undefined,
});

const coordinateArbitrary = fc.oneof(
  fc.integer({ min: -5000, max: 5000 }),
  fc.double({ min: -5000, max: 5000, noNaN: true, noDefaultInfinity: true }),
);

function nodeArbitrary(id: string): fc.Arbitrary<PlanNode> {
  return fc
    .record({
      kind: fc.constantFrom(...NODE_KINDS),
      name: nameArbitrary,
      title: fc.option(fc.constantFrom('Senior Product Manager', 'Product Owner', 'Director'), { nil: undefined }),
      level: fc.option(fc.integer({ min: -2, max: 12 }), { nil: undefined }),
      scope: fc.constantFrom(...SCOPES),
      position: fc.option(fc.record({ x: coordinateArbitrary, y: coordinateArbitrary }), { nil: undefined }),
      vacant: fc.option(fc.boolean(), { nil: undefined, freq: 3 }),
      notes: fc.option(fc.string({ maxLength: 10 }), { nil: undefined, freq: 4 }),
      extra: extrasArbitrary,
    })
    .map(({ kind, name, title, level, scope, position, vacant, notes, extra }) => ({
      id,
      kind,
      name,
      ...(title !== undefined && { title }),
      ...(level !== undefined && { level }),
      ...(kind === 'stakeholder' && { scope }),
      ...(position !== undefined && { position }),
      ...(vacant !== undefined && isPersonKind(kind) && { vacant }),
      ...(notes !== undefined && { notes }),
      ...(extra !== undefined && { extra }),
    }));
}

/** Any kind, reports-to most often: the hierarchy is where most rules look. */
const edgeKindArbitrary: fc.Arbitrary<EdgeKind> = fc.oneof(
  { weight: 2, arbitrary: fc.constant('reports-to' as const) },
  { weight: 3, arbitrary: fc.constantFrom(...EDGE_KINDS) },
);

function edgesArbitrary(nodeIds: readonly string[], maxEdges: number): fc.Arbitrary<PlanEdge[]> {
  if (nodeIds.length === 0) return fc.constant([]);
  const endpoint = fc.constantFrom(...nodeIds);
  return fc.uniqueArray(fc.record({ id: idArbitrary, kind: edgeKindArbitrary, source: endpoint, target: endpoint }), {
    selector: (edge) => edge.id,
    maxLength: maxEdges,
  });
}

function waiversArbitrary(nodeIds: readonly string[], maxWaivers: number): fc.Arbitrary<Waiver[] | undefined> {
  const nodeId = nodeIds.length === 0 ? idArbitrary : fc.oneof(fc.constantFrom(...nodeIds), idArbitrary);
  const reason = fc.constantFrom('Agreed with the CPO', 'Interim, until Q3', 'Small company');
  return fc.option(fc.array(fc.record({ ruleId: ruleIdArbitrary, nodeId, reason }), { maxLength: maxWaivers }), {
    nil: undefined,
  });
}

const ruleEntryArbitrary = fc
  .record({
    ruleId: ruleIdArbitrary,
    enabled: fc.option(fc.boolean(), { nil: undefined }),
    severity: fc.option(fc.constantFrom(...SEVERITIES), { nil: undefined }),
    max: fc.option(fc.integer({ min: 1, max: 6 }), { nil: undefined }),
    note: fc.option(fc.string({ maxLength: 6 }), { nil: undefined, freq: 4 }),
  })
  .map(({ ruleId, enabled, severity, max, note }): [string, RuleConfig] => {
    // Only span-of-control's max is checked by the loader; other options are kept as they are.
    const options: Record<string, JsonValue> = {};
    if (ruleId === 'span-of-control' && max !== undefined) options.max = max;
    if (note !== undefined) options['x-note'] = note;
    const config: RuleConfig = {
      ...(enabled !== undefined && { enabled }),
      ...(severity !== undefined && { severity }),
      ...(Object.keys(options).length > 0 && { options }),
    };
    return [ruleId, config];
  });

const rulesArbitrary = fc.option(
  fc
    .uniqueArray(ruleEntryArbitrary, { selector: ([ruleId]) => ruleId, maxLength: 5 })
    .map((entries) => Object.fromEntries(entries)),
  { nil: undefined },
);

export interface PlanArbitraryOptions {
  maxNodes?: number;
  maxEdges?: number;
  maxWaivers?: number;
}

export function planArbitrary(options: PlanArbitraryOptions = {}): fc.Arbitrary<Plan> {
  const { maxNodes = 12, maxEdges = 24, maxWaivers = 4 } = options;
  return fc.uniqueArray(idArbitrary, { maxLength: maxNodes }).chain((ids) =>
    fc
      .record({
        name: fc.option(fc.string({ maxLength: 10 }), { nil: undefined }),
        nodes: fc.tuple(...ids.map(nodeArbitrary)),
        edges: edgesArbitrary(ids, maxEdges),
        rules: rulesArbitrary,
        waivers: waiversArbitrary(ids, maxWaivers),
      })
      .map(({ name, nodes, edges, rules, waivers }): Plan => ({
        format: FORMAT_NAME,
        version: FORMAT_VERSION,
        ...(name !== undefined && { name }),
        nodes,
        edges,
        ...(rules !== undefined && { rules }),
        ...(waivers !== undefined && { waivers }),
      })),
  );
}

/** A random plan and the same plan with its nodes, edges and waivers in another order. */
export function planWithShuffledCopyArbitrary(options: PlanArbitraryOptions = {}): fc.Arbitrary<[Plan, Plan]> {
  return planArbitrary(options).chain((plan) =>
    fc
      .record({
        nodes: fc.shuffledSubarray([...plan.nodes], { minLength: plan.nodes.length }),
        edges: fc.shuffledSubarray([...plan.edges], { minLength: plan.edges.length }),
        waivers: fc.shuffledSubarray([...(plan.waivers ?? [])], { minLength: plan.waivers?.length ?? 0 }),
      })
      .map(({ nodes, edges, waivers }): [Plan, Plan] => [
        plan,
        { ...plan, nodes, edges, ...(plan.waivers !== undefined && { waivers }) },
      ]),
  );
}
