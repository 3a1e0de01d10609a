import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { planToMermaid } from '@shared/interop/mermaid';
import { planArbitrary } from '../arbitraries';
import { diagramFixture, HOSTILE_NAME } from './diagram-fixture';
import { parseMermaidSubset } from './mermaid-subset';

describe('planToMermaid', () => {
  const plan = diagramFixture();
  const text = planToMermaid(plan);
  const parsed = parseMermaidSubset(text);

  it('writes a top-down flowchart whose nodes parse back with their plan ids, labels and shapes', () => {
    expect(text.startsWith('flowchart TD\n')).toBe(true);
    expect(parsed.nodes.map((n) => n.planId)).toEqual(plan.nodes.map((n) => n.id));
    expect(parsed.nodes[1]?.label).toBe(`${HOSTILE_NAME}\nSenior PM`);
    expect(parsed.nodes[2]?.label).toBe('Sam (vacant)');
    expect(parsed.nodes.map((n) => n.shape)).toEqual(['round', 'round', 'round', 'hexagon', 'stadium']);
    expect(parsed.nodes.map((n) => parsed.classes.get(n.id))).toEqual([
      'person',
      'pm',
      'po',
      'team',
      'stakeholder_external',
    ]);
  });

  it('draws managers above reports, dotted lines as -.->, and leaves out lines to missing nodes', () => {
    const mermaidId = new Map(parsed.nodes.map((n) => [n.planId, n.id]));
    const id = (planId: string) => mermaidId.get(planId) ?? '?';
    expect(parsed.edges).toEqual([
      { planId: 'e1', from: id('cpo'), operator: '-->', to: id('pm 1') },
      { planId: 'e2', from: id('pm 1'), operator: '-->', to: id('po"1') },
      { planId: 'e3', from: id('cpo'), operator: '-.->', to: id('po"1') },
      { planId: 'e4', from: id('team'), operator: '---', to: id('po"1') },
      { planId: 'e5', from: id('pm 1'), operator: '==>', to: id('acme') },
    ]);
  });

  it('parses back any valid plan: every node once, every line between existing nodes once', () => {
    fc.assert(
      fc.property(planArbitrary(), (random) => {
        const back = parseMermaidSubset(planToMermaid(random));
        const ids = [...new Set(random.nodes.map((n) => n.id))];
        expect(back.nodes.map((n) => n.planId)).toEqual(ids);
        const present = new Set(ids);
        const lines = random.edges.filter((e) => present.has(e.source) && present.has(e.target));
        expect(back.edges.map((e) => e.planId)).toEqual(lines.map((e) => e.id));
      }),
    );
  });
});
