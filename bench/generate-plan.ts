/**
 * Synthetic org plans with a realistic mix, for benchmarks: a CPO, directors,
 * product units of one PM with three POs, their Scrum teams, developers under
 * engineering managers, internal and external stakeholders, a few dotted
 * lines and the occasional rule violation. Deterministic for a given seed.
 */
import type { Plan, PlanEdge, PlanNode } from '@shared/model/types';

/** mulberry32: tiny, fast, good enough to vary a benchmark's input. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST = ['Ada', 'Ben', 'Chloé', 'Dev', 'Eva', 'Femi', 'Gus', 'Hana', 'Ivan', 'Jo', 'Kai', 'Lena', 'Mo', 'Nia'];
const LAST = ['Ng', 'Okafor', 'Silva', 'Kowalski', 'Haddad', 'Larsen', 'Tanaka', 'Moreau', 'Patel', 'Brown'];

export function generatePlan(targetNodes: number, seed = 42): Plan {
  const rand = random(seed);
  const nodes: PlanNode[] = [];
  const edges: PlanEdge[] = [];
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rand() * items.length)] as T;
  const person = (id: string, kind: 'pm' | 'po' | 'person', title: string, level: number): string => {
    nodes.push({ id, kind, name: `${pick(FIRST)} ${pick(LAST)}`, title, level });
    return id;
  };
  const edge = (kind: PlanEdge['kind'], source: string, target: string): void => {
    edges.push({ id: `e${edges.length}`, kind, source, target });
  };

  const cpo = person('cpo', 'person', 'Chief Product Officer', 10);
  let director = cpo;
  for (let unit = 0; nodes.length < targetNodes; unit++) {
    if (unit % 8 === 0) {
      director = person(`dir${unit}`, 'person', 'Director of Product', 9);
      edge('reports-to', director, cpo);
    }
    const pm = person(`pm${unit}`, 'pm', 'Product Manager', 7);
    edge('reports-to', pm, director);
    const external = `ext${unit}`;
    nodes.push({ id: external, kind: 'stakeholder', name: `Customer ${unit}`, scope: 'external' });
    edge('engages', pm, external);
    const manager = person(`em${unit}`, 'person', 'Engineering Manager', 7);
    edge('reports-to', manager, director);
    edge('dotted-line', manager, pm);
    for (let p = 0; p < 3; p++) {
      const po = person(`po${unit}-${p}`, 'po', 'Product Owner', 5);
      // ~2% of POs report to the wrong person or face a customer, so checks find something.
      edge('reports-to', po, rand() < 0.02 ? director : pm);
      const team = `team${unit}-${p}`;
      nodes.push({ id: team, kind: 'team', name: `Team ${unit}.${p}` });
      edge('member-of', po, team);
      const internal = `int${unit}-${p}`;
      nodes.push({ id: internal, kind: 'stakeholder', name: `Ops ${unit}.${p}`, scope: 'internal' });
      edge('engages', po, internal);
      if (rand() < 0.02) edge('engages', po, external);
      for (let d = 0; d < 6; d++) {
        const dev = person(`dev${unit}-${p}-${d}`, 'person', 'Software Engineer', 3);
        edge('reports-to', dev, manager);
        edge('member-of', dev, team);
      }
    }
  }
  return { format: 'org-planner', version: 1, name: `Synthetic org of ${nodes.length} nodes`, nodes, edges };
}

/** A pure reporting tree of `size` people (for layout timing): random managers among earlier people, bounded span. */
export function generateTree(size: number, seed = 7): Plan {
  const rand = random(seed);
  const nodes: PlanNode[] = [];
  const edges: PlanEdge[] = [];
  const reports: number[] = [];
  for (let i = 0; i < size; i++) {
    nodes.push({ id: `p${i}`, kind: 'person', name: `Person ${i}` });
    reports.push(0);
    if (i === 0) continue;
    let manager = Math.floor(rand() * i);
    while ((reports[manager] ?? 0) >= 8) manager = Math.floor(rand() * i);
    reports[manager] = (reports[manager] ?? 0) + 1;
    edges.push({ id: `r${i}`, kind: 'reports-to', source: `p${i}`, target: `p${manager}` });
  }
  return { format: 'org-planner', version: 1, nodes, edges };
}
