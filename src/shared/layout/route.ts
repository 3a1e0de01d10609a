/**
 * Orthogonal lines that do not pass under cards. Each edge gets the first of
 * a few candidate paths (in an order that suits where its cards are) that
 * crosses no card, else the candidate crossing fewest:
 * - a report stacked right of its manager's left trunk: down the trunk, then in from the side;
 * - a report in a two-column stack: down the trunk under the manager's centre, then in from the side;
 * - a report in a row: down from the manager, along a bus half a gap above the row, down into the card;
 * - a team or stakeholder in a side column (or a report beside its manager): out of the owner's right side,
 *   down, in from the left;
 * - anything else (dotted lines, second managers, other members): three to five segments through
 *   the gaps just beside the two cards.
 * Works from positions alone, so it also routes plans the user arranged by hand.
 */
import type { EdgeKind, Plan, Position } from '../model/types';
import { buildCardIndex, type CardIndex } from './card-index';
import { BUS_GAP, NODE_HEIGHT, NODE_WIDTH, SIDE_GAP, STACK_INDENT, VERTICAL_GAP } from './card-size';
import { buildLayoutForest } from './forest';

export interface EdgeRoute {
  readonly edgeId: string;
  readonly kind: EdgeKind;
  /** From the edge's source card to its target card, each point on a card's edge or in a gap. */
  readonly points: readonly Position[];
  /** Cards the line still passes through: 0 unless no candidate avoided them all. */
  readonly crossings: number;
}

/** How far from a card a line turns, when it has to go round it. */
const CLEARANCE = 12;

type Path = Position[];
const p = (x: number, y: number): Position => ({ x, y });
const centreX = (b: Position): number => b.x + NODE_WIDTH / 2;
const middleY = (b: Position): number => b.y + NODE_HEIGHT / 2;

/** Reporting lines from a manager `m` down to a report `r`, best first for where `r` stands. */
function reportCandidates(m: Position, r: Position): Path[] {
  const below = r.y > m.y + NODE_HEIGHT;
  if (!below) return [];
  const leftTrunk = m.x + STACK_INDENT / 2;
  const centre = centreX(m);
  const bus = r.y - VERTICAL_GAP / 2;
  const sideEntry = (trunk: number): Path | undefined => {
    if (r.x >= trunk) return [p(trunk, m.y + NODE_HEIGHT), p(trunk, middleY(r)), p(r.x, middleY(r))];
    if (r.x + NODE_WIDTH <= trunk)
      return [p(trunk, m.y + NODE_HEIGHT), p(trunk, middleY(r)), p(r.x + NODE_WIDTH, middleY(r))];
    return undefined;
  };
  const busEntry = (trunk: number): Path | undefined =>
    bus > m.y + NODE_HEIGHT
      ? [p(trunk, m.y + NODE_HEIGHT), p(trunk, bus), p(centreX(r), bus), p(centreX(r), r.y)]
      : undefined;
  const stacked = r.x === m.x + STACK_INDENT;
  const twoColumns = r.x === centre + BUS_GAP / 2 || r.x + NODE_WIDTH === centre - BUS_GAP / 2;
  const ordered = stacked
    ? [sideEntry(leftTrunk), busEntry(centre), busEntry(leftTrunk), sideEntry(centre)]
    : twoColumns
      ? [sideEntry(centre), busEntry(centre), busEntry(leftTrunk), sideEntry(leftTrunk)]
      : [busEntry(centre), busEntry(leftTrunk), sideEntry(leftTrunk), sideEntry(centre)];
  return ordered.filter((path): path is Path => path !== undefined);
}

/** A team or stakeholder in its owner's side column. */
function sideCandidates(owner: Position, item: Position): Path[] {
  const right = owner.x + NODE_WIDTH;
  if (item.x < right) return [];
  const trunk = right + Math.min(SIDE_GAP, item.x - right) / 2;
  return [[p(right, middleY(owner)), p(trunk, middleY(owner)), p(trunk, middleY(item)), p(item.x, middleY(item))]];
}

/** Paths between any two cards through the gaps around them. */
function genericCandidates(s: Position, t: Position): Path[] {
  const paths: Path[] = [];
  const ys = [s.y + NODE_HEIGHT + CLEARANCE, s.y - CLEARANCE, t.y - CLEARANCE, t.y + NODE_HEIGHT + CLEARANCE];
  const xs = [s.x + NODE_WIDTH + CLEARANCE, s.x - CLEARANCE, t.x - CLEARANCE, t.x + NODE_WIDTH + CLEARANCE];
  // The edge of card b a vertical line leaves it by towards y, or undefined if y is level with the card.
  const exitY = (b: Position, y: number): number | undefined =>
    y >= b.y + NODE_HEIGHT ? b.y + NODE_HEIGHT : y <= b.y ? b.y : undefined;
  const exitX = (b: Position, x: number): number | undefined =>
    x >= b.x + NODE_WIDTH ? b.x + NODE_WIDTH : x <= b.x ? b.x : undefined;
  for (const y of ys) {
    const [ys0, ys1] = [exitY(s, y), exitY(t, y)];
    if (ys0 !== undefined && ys1 !== undefined) {
      paths.push([p(centreX(s), ys0), p(centreX(s), y), p(centreX(t), y), p(centreX(t), ys1)]);
    }
  }
  for (const x of xs) {
    const [xs0, xs1] = [exitX(s, x), exitX(t, x)];
    if (xs0 !== undefined && xs1 !== undefined) {
      paths.push([p(xs0, middleY(s)), p(x, middleY(s)), p(x, middleY(t)), p(xs1, middleY(t))]);
    }
  }
  for (const y of ys) {
    for (const x of xs) {
      const [ys0, xs1] = [exitY(s, y), exitX(t, x)];
      if (ys0 !== undefined && xs1 !== undefined) {
        paths.push([p(centreX(s), ys0), p(centreX(s), y), p(x, y), p(x, middleY(t)), p(xs1, middleY(t))]);
      }
      const [xs0, ys1] = [exitX(s, x), exitY(t, y)];
      if (xs0 !== undefined && ys1 !== undefined) {
        paths.push([p(xs0, middleY(s)), p(x, middleY(s)), p(x, y), p(centreX(t), y), p(centreX(t), ys1)]);
      }
    }
  }
  paths.push([p(centreX(s), middleY(s)), p(centreX(t), middleY(t))]);
  return paths;
}

/** Drops repeated points and the middle of three points on one straight line. */
function simplify(path: Path): Path {
  const out: Path = [];
  for (const point of path) {
    const last = out[out.length - 1];
    if (last !== undefined && last.x === point.x && last.y === point.y) continue;
    const before = out[out.length - 2];
    if (before !== undefined && last !== undefined) {
      const straight = (before.x === last.x && last.x === point.x) || (before.y === last.y && last.y === point.y);
      if (straight) out.pop();
    }
    out.push(point);
  }
  return out;
}

/** Cards the path passes through, counting no further than `limit` (a worse path than the best needs no exact count). */
function crossingsOf(index: CardIndex, path: Path, limit: number): number {
  let count = 0;
  for (let i = 1; i < path.length && count < limit; i++) {
    count += index.countCrossings(path[i - 1] as Position, path[i] as Position, limit - count);
  }
  return count;
}

function choose(index: CardIndex, candidates: readonly Path[]): { points: Path; crossings: number } {
  let best: { points: Path; crossings: number } | undefined;
  for (const candidate of candidates) {
    const points = simplify(candidate);
    const crossings = crossingsOf(index, points, best?.crossings ?? Infinity);
    if (crossings === 0) return { points, crossings };
    if (best === undefined || crossings < best.crossings) best = { points, crossings };
  }
  return best ?? { points: [], crossings: 0 };
}

/** A route for every edge whose two ends have positions; lines the layout shaped take its paths. */
export function routeEdges(plan: Plan): EdgeRoute[] {
  const forest = buildLayoutForest(plan);
  const indexOf = new Map(forest.ids.map((id, i) => [id, i]));
  const positionOf = new Map<string, Position>();
  for (const node of plan.nodes)
    if (node.position !== undefined && !positionOf.has(node.id)) positionOf.set(node.id, node.position);
  const cardIndex = buildCardIndex([...positionOf.values()]);
  const routes: EdgeRoute[] = [];
  for (const edge of plan.edges) {
    const s = positionOf.get(edge.source);
    const t = positionOf.get(edge.target);
    if (s === undefined || t === undefined || edge.source === edge.target) continue;
    const si = indexOf.get(edge.source) as number;
    const ti = indexOf.get(edge.target) as number;
    // Shaped by the layout when one end is the other's parent in its tree: route from the parent down.
    const sourceIsParent = forest.parent[ti] === si && edge.kind !== 'reports-to';
    const targetIsParent = forest.parent[si] === ti && edge.kind === 'reports-to';
    const [upper, lower] = sourceIsParent ? [s, t] : [t, s];
    const shaped = sourceIsParent
      ? sideCandidates(upper, lower)
      : targetIsParent
        ? [...reportCandidates(upper, lower), ...sideCandidates(upper, lower)]
        : [];
    const candidates = [
      ...shaped.map((path) => (sourceIsParent ? path : [...path].reverse())),
      ...genericCandidates(s, t),
    ];
    const { points, crossings } = choose(cardIndex, candidates);
    routes.push({ edgeId: edge.id, kind: edge.kind, points, crossings });
  }
  return routes;
}
