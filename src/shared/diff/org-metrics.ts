/**
 * The numbers org designers compare (docs/cli.md, `stats`): headcount by kind, open roles, layers of the
 * reporting chain, span of control, POs per PM, teams per PO, stakeholders per PM and PO, people without a
 * team. One pass over nodes and edges, and an iterative walk for the layers (no recursion over user data;
 * a reporting cycle is counted once and stops the walk).
 */
import { isPersonKind, NODE_KINDS, type NodeKind, type Plan } from '../model/types';

export interface Distribution {
  readonly min: number;
  readonly median: number;
  readonly max: number;
  /** value → how many have it, ascending by value. */
  readonly histogram: readonly (readonly [number, number])[];
}

export interface OrgMetrics {
  readonly byKind: Readonly<Record<NodeKind, number>>;
  /** People (PM, PO, person) in post: not vacant. */
  readonly headcount: number;
  readonly openRoles: number;
  /** Reporting depth of each person (1 = reports to nobody); null for an empty plan. */
  readonly layers: Distribution | null;
  /** Direct solid-line reports of each person who has any. */
  readonly spanOfControl: Distribution | null;
  /** Managers with one or two direct reports. */
  readonly narrowManagers: number;
  readonly posPerPm: Distribution | null;
  readonly teamsPerPo: Distribution | null;
  readonly stakeholdersPerPm: Distribution | null;
  readonly stakeholdersPerPo: Distribution | null;
  readonly peopleWithoutTeam: number;
  /** People whose reporting chain runs into a cycle (their depth is not defined). */
  readonly inCycles: number;
}

export function distribution(values: readonly number[]): Distribution | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const counts = new Map<number, number>();
  for (const value of sorted) counts.set(value, (counts.get(value) ?? 0) + 1);
  const middle = sorted.length >> 1;
  const median =
    sorted.length % 2 === 1
      ? (sorted[middle] as number)
      : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
  return { min: sorted[0] as number, median, max: sorted[sorted.length - 1] as number, histogram: [...counts] };
}

function countBy(map: Map<string, number>, key: string): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}

/** Depth of every person along first solid lines, iteratively; cycles leave their members out. */
function depths(
  people: readonly string[],
  managerOf: ReadonlyMap<string, string>,
): { depth: number[]; cyclic: number } {
  const known = new Map<string, number>();
  const cyclic = new Set<string>();
  // One path array and one "on the path of walk n" map for all walks: no allocation per person.
  const path: string[] = [];
  const onPathOfWalk = new Map<string, number>();
  let walk = 0;
  for (const start of people) {
    if (known.has(start) || cyclic.has(start)) continue;
    walk++;
    path.length = 0;
    let current: string | undefined = start;
    let base = 0;
    while (current !== undefined) {
      const seen = known.get(current);
      if (seen !== undefined) {
        base = seen;
        break;
      }
      if (cyclic.has(current) || onPathOfWalk.get(current) === walk) {
        // The rest of the path leads into a cycle: no depth for any of it.
        for (const id of path) cyclic.add(id);
        path.length = 0;
        break;
      }
      onPathOfWalk.set(current, walk);
      path.push(current);
      current = managerOf.get(current);
    }
    for (let i = path.length - 1; i >= 0; i--) known.set(path[i] as string, base + (path.length - i));
  }
  return { depth: [...known.values()], cyclic: cyclic.size };
}

export function orgMetrics(plan: Plan): OrgMetrics {
  const byKind = Object.fromEntries(NODE_KINDS.map((kind) => [kind, 0])) as Record<NodeKind, number>;
  const kindOf = new Map<string, NodeKind>();
  const people: string[] = [];
  let headcount = 0;
  let openRoles = 0;
  for (const node of plan.nodes) {
    byKind[node.kind]++;
    kindOf.set(node.id, node.kind);
    if (!isPersonKind(node.kind)) continue;
    people.push(node.id);
    if (node.vacant === true) openRoles++;
    else headcount++;
  }
  const managerOf = new Map<string, string>();
  const reports = new Map<string, number>();
  const posOfPm = new Map<string, number>();
  const teamsOfPo = new Map<string, number>();
  const stakeholdersOf = new Map<string, number>();
  const inTeam = new Set<string>();
  for (const edge of plan.edges) {
    const source = kindOf.get(edge.source);
    const target = kindOf.get(edge.target);
    if (source === undefined || target === undefined) continue;
    if (edge.kind === 'reports-to' && isPersonKind(source) && isPersonKind(target)) {
      if (managerOf.has(edge.source)) continue;
      managerOf.set(edge.source, edge.target);
      countBy(reports, edge.target);
      if (source === 'po' && target === 'pm') countBy(posOfPm, edge.target);
    } else if (edge.kind === 'member-of' && target === 'team' && isPersonKind(source)) {
      inTeam.add(edge.source);
      if (source === 'po') countBy(teamsOfPo, edge.source);
    } else if (edge.kind === 'engages' && target === 'stakeholder' && (source === 'pm' || source === 'po')) {
      countBy(stakeholdersOf, edge.source);
    }
  }
  const ofKind = (kind: NodeKind, counts: ReadonlyMap<string, number>): number[] =>
    plan.nodes.filter((node) => node.kind === kind).map((node) => counts.get(node.id) ?? 0);
  const { depth, cyclic } = depths(people, managerOf);
  const spans = [...reports.values()];
  return {
    byKind,
    headcount,
    openRoles,
    layers: distribution(depth),
    spanOfControl: distribution(spans),
    narrowManagers: spans.filter((span) => span <= 2).length,
    posPerPm: distribution(ofKind('pm', posOfPm)),
    teamsPerPo: distribution(ofKind('po', teamsOfPo)),
    stakeholdersPerPm: distribution(ofKind('pm', stakeholdersOf)),
    stakeholdersPerPo: distribution(ofKind('po', stakeholdersOf)),
    peopleWithoutTeam: people.filter((id) => !inTeam.has(id)).length,
    inCycles: cyclic,
  };
}
