/**
 * The canvas's line routes (src/shared/layout/route.ts): orthogonal paths through the gaps the layout leaves, bus
 * lines for stacked columns, short side links for teams and stakeholders, so a line never passes under a card it
 * does not connect. Where no such path exists (cards dragged into each other's way), the line has no route and the
 * canvas draws React Flow's step or curve line between the facing sides, as before.
 *
 * Routing is recomputed only when a card moves or lines come or go, not on a rename or a selection; an unchanged
 * route keeps its object, so the edge deriver hands React Flow the same edge objects.
 */
import { routeEdges } from '@shared/layout/route';
import type { Plan, PlanNode, Position } from '@shared/model/types';
import { STAKEHOLDER_HEIGHT } from '@shared/view/card-size';
import { NODE_HEIGHT } from '@shared/layout/card-size';

/** A line's points from its source card to its target card, in canvas coordinates. */
export type LineRoute = readonly Position[];

export type RouteLookup = ReadonlyMap<string, LineRoute>;

const samePoints = (a: LineRoute, b: LineRoute): boolean =>
  a.length === b.length && a.every((p, i) => p.x === (b[i] as Position).x && p.y === (b[i] as Position).y);

/**
 * The router keeps every card the layout's size; a stakeholder pill is shorter, so an end on the bottom edge
 * of a stakeholder's layout box is moved up to the pill's real bottom edge.
 */
function onRealEdge(point: Position, node: PlanNode | undefined): Position {
  if (node?.kind !== 'stakeholder' || node.position === undefined) return point;
  return point.y === node.position.y + NODE_HEIGHT ? { x: point.x, y: node.position.y + STAKEHOLDER_HEIGHT } : point;
}

interface Inputs {
  readonly edges: Plan['edges'];
  readonly hidden: ReadonlySet<string>;
  readonly positions: readonly (Position | undefined)[];
}

function sameInputs(a: Inputs, plan: Plan, hidden: ReadonlySet<string>): boolean {
  if (a.edges !== plan.edges || a.hidden !== hidden || a.positions.length !== plan.nodes.length) return false;
  return plan.nodes.every((node, i) => node.position === a.positions[i]);
}

/** A memoised `(plan, hidden) → routes by edge id` of the shown cards. */
export function createRouteCache(): (plan: Plan, hidden: ReadonlySet<string>) => RouteLookup {
  let inputs: Inputs | undefined;
  let routes: Map<string, LineRoute> = new Map();
  return (plan, hidden) => {
    if (inputs !== undefined && sameInputs(inputs, plan, hidden)) return routes;
    inputs = { edges: plan.edges, hidden, positions: plan.nodes.map((node) => node.position) };
    const shown: Plan =
      hidden.size === 0
        ? plan
        : {
            ...plan,
            nodes: plan.nodes.filter((node) => !hidden.has(node.id)),
            edges: plan.edges.filter((edge) => !hidden.has(edge.source) && !hidden.has(edge.target)),
          };
    const nodeById = new Map(shown.nodes.map((node) => [node.id, node]));
    const edgeById = new Map(shown.edges.map((edge) => [edge.id, edge]));
    const next = new Map<string, LineRoute>();
    for (const route of routeEdges(shown)) {
      // A line the router could not keep clear of other cards is drawn the old way.
      if (route.crossings > 0 || route.points.length < 2) continue;
      const edge = edgeById.get(route.edgeId);
      if (edge === undefined) continue;
      const points = route.points.map((point, i) =>
        i === 0
          ? onRealEdge(point, nodeById.get(edge.source))
          : i === route.points.length - 1
            ? onRealEdge(point, nodeById.get(edge.target))
            : point,
      );
      const previous = routes.get(route.edgeId);
      next.set(route.edgeId, previous !== undefined && samePoints(previous, points) ? previous : points);
    }
    routes = next;
    return routes;
  };
}
