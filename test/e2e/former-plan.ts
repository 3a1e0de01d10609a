/**
 * A changed copy of a plan for comparing with it (the compare e2e test and the browser benchmark's compare row):
 * the plan "as it was", with 40 people the current plan no longer has, 40 others under other names and 40 under
 * other managers.
 */
import type { Plan } from '../../src/shared/model/types';

export function formerPlan(current: Plan): Plan {
  const people = current.nodes.filter((n) => n.kind === 'person' || n.kind === 'po' || n.kind === 'pm');
  const renamed = new Set(people.slice(100, 140).map((n) => n.id));
  const moved = new Set(people.slice(200, 240).map((n) => n.id));
  const managers = [...new Set(current.edges.filter((e) => e.kind === 'reports-to').map((e) => e.target))];
  const gone = people.slice(300, 340).map((n, i) => ({
    ...n,
    id: `former-${i}`,
    position: { x: (n.position?.x ?? 0) + 40, y: (n.position?.y ?? 0) + 40 },
  }));
  return {
    ...current,
    nodes: [...current.nodes.map((n) => (renamed.has(n.id) ? { ...n, name: `${n.name} (old name)` } : n)), ...gone],
    edges: current.edges.map((e, i) =>
      e.kind === 'reports-to' && moved.has(e.source)
        ? { ...e, target: managers.find((m) => m !== e.target && m !== e.source) ?? e.target, id: `${e.id}-${i}` }
        : e,
    ),
  };
}
