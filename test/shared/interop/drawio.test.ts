import { describe, expect, it } from 'vitest';
import { planToDrawio } from '@shared/interop/drawio';
import { diagramFixture } from './diagram-fixture';
import { elements, parseXml, type XmlElement } from './xml-parse';

function cellOf(object: XmlElement): XmlElement {
  const cell = elements(object, 'mxCell')[0];
  if (cell === undefined) throw new Error('object without mxCell');
  return cell;
}

describe('planToDrawio', () => {
  const plan = diagramFixture();
  const doc = parseXml(planToDrawio(plan));
  const objects = elements(doc, 'object');
  const vertices = objects.filter((o) => cellOf(o).getAttribute('vertex') === '1');
  const edges = objects.filter((o) => cellOf(o).getAttribute('edge') === '1');

  it('is an uncompressed mxGraphModel with the two root cells draw.io expects', () => {
    expect(doc.documentElement.tagName).toBe('mxfile');
    expect(elements(doc, 'mxGraphModel')).toHaveLength(1);
    const roots = elements(doc, 'mxCell').filter((c) => c.getAttribute('id') === '0' || c.getAttribute('id') === '1');
    // xmldom gives '' for an attribute that is not there.
    expect(roots.map((c) => c.getAttribute('parent') ?? '')).toEqual(['', '0']);
    expect(elements(doc, 'diagram')[0]?.getAttribute('name')).toBe('Checkout & <Payments>');
  });

  it('keeps each node’s id, kind, label and position, styled per kind', () => {
    expect(vertices.map((o) => o.getAttribute('planId'))).toEqual(plan.nodes.map((n) => n.id));
    expect(vertices.map((o) => o.getAttribute('planKind'))).toEqual(plan.nodes.map((n) => n.kind));
    expect(vertices[1]?.getAttribute('label')).toBe(`${plan.nodes[1]?.name ?? ''}\nSenior PM`);
    const geometry = elements(vertices[1] as XmlElement, 'mxGeometry')[0];
    expect([geometry?.getAttribute('x'), geometry?.getAttribute('y')]).toEqual(['100', '200']);
    // The stakeholder had no position: it is laid out, not piled at the origin of another card.
    const placed = elements(vertices[4] as XmlElement, 'mxGeometry')[0];
    expect(placed?.getAttribute('y')).toMatch(/^-?\d+(\.\d+)?$/);
    const styles = vertices.map((o) => cellOf(o).getAttribute('style') ?? '');
    expect(styles[1]).toContain('fillColor=#efe9ff');
    expect(styles[3]).toContain('shape=hexagon');
    expect(styles[4]).toContain('ellipse');
    expect(styles[2]).toContain('dashed=1');
    expect(styles[1]).not.toContain('dashed=1');
  });

  it('draws every line between existing nodes from its source to its target, dotted lines dashed', () => {
    const cellId = new Map(vertices.map((o) => [o.getAttribute('planId'), o.getAttribute('id')]));
    const kept = plan.edges.filter((e) => e.id !== 'broken');
    expect(edges.map((o) => o.getAttribute('planId'))).toEqual(kept.map((e) => e.id));
    for (const [index, edge] of kept.entries()) {
      const cell = cellOf(edges[index] as XmlElement);
      expect(cell.getAttribute('source')).toBe(cellId.get(edge.source));
      expect(cell.getAttribute('target')).toBe(cellId.get(edge.target));
      expect((cell.getAttribute('style') ?? '').includes('dashed=1')).toBe(edge.kind === 'dotted-line');
    }
  });
});
