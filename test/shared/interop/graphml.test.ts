import { describe, expect, it } from 'vitest';
import { planToGraphml } from '@shared/interop/graphml';
import { diagramFixture } from './diagram-fixture';
import { elements, parseXml, type XmlElement } from './xml-parse';

function dataOf(element: XmlElement, key: string): string | undefined {
  return elements(element, 'data').find((d) => d.getAttribute('key') === key)?.textContent ?? undefined;
}

describe('planToGraphml', () => {
  const plan = diagramFixture();
  const doc = parseXml(planToGraphml(plan));
  const nodes = elements(doc, 'node');
  const edges = elements(doc, 'edge');

  it('keeps every node with its plan id, kind, name and a yEd shape at its position', () => {
    expect(nodes.map((n) => dataOf(n, 'planId'))).toEqual(plan.nodes.map((n) => n.id));
    expect(nodes.map((n) => dataOf(n, 'kind'))).toEqual(plan.nodes.map((n) => n.kind));
    expect(dataOf(nodes[1] as XmlElement, 'name')).toBe(plan.nodes[1]?.name);
    const geometry = elements(nodes[1] as XmlElement, 'y:Geometry')[0];
    expect([geometry?.getAttribute('x'), geometry?.getAttribute('y')]).toEqual(['100', '200']);
    const shapes = nodes.map((n) => elements(n, 'y:Shape')[0]?.getAttribute('type'));
    expect(shapes).toEqual(['roundrectangle', 'roundrectangle', 'roundrectangle', 'hexagon', 'ellipse']);
    expect(elements(nodes[2] as XmlElement, 'y:BorderStyle')[0]?.getAttribute('type')).toBe('dashed');
  });

  it('keeps every line between existing nodes, dotted lines dashed', () => {
    const graphId = new Map(nodes.map((n) => [dataOf(n, 'planId'), n.getAttribute('id')]));
    const kept = plan.edges.filter((e) => e.id !== 'broken');
    expect(edges.map((e) => dataOf(e, 'edgePlanId'))).toEqual(kept.map((e) => e.id));
    for (const [index, edge] of kept.entries()) {
      const element = edges[index] as XmlElement;
      expect(element.getAttribute('source')).toBe(graphId.get(edge.source));
      expect(element.getAttribute('target')).toBe(graphId.get(edge.target));
      const type = elements(element, 'y:LineStyle')[0]?.getAttribute('type');
      expect(type).toBe(edge.kind === 'dotted-line' ? 'dashed' : 'line');
    }
  });
});
