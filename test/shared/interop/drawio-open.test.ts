import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { looksLikeDrawio, openDrawio } from '@shared/interop/drawio-open';
import { planToDrawio } from '@shared/interop/drawio';
import { serializePlan } from '@shared/format/serialize';
import type { Plan } from '@shared/model/types';
import { loadFixture } from './plan-fixtures';

const fixture = (name: string): string => readFileSync(`test/fixtures/drawio/${name}`, 'utf8');

describe('looksLikeDrawio', () => {
  it('recognises mxfile and mxGraphModel documents by their root element, after a declaration, comments or a BOM', () => {
    expect(looksLikeDrawio('<mxfile host="x"><diagram/></mxfile>')).toBe(true);
    expect(looksLikeDrawio('\uFEFF  <?xml version="1.0" encoding="UTF-8"?>\n<!-- saved -->\n<mxGraphModel>')).toBe(
      true,
    );
    expect(looksLikeDrawio(planToDrawio(loadFixture('clean').plan))).toBe(true);
  });

  it('does not take a plan, an SVG or other XML for a diagram', () => {
    expect(looksLikeDrawio(loadFixture('clean').text)).toBe(false);
    expect(looksLikeDrawio('<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"/>')).toBe(false);
    expect(looksLikeDrawio('<graphml><!-- <mxfile> --></graphml>')).toBe(false);
    expect(looksLikeDrawio('{"mxfile": true}')).toBe(false);
  });
});

describe('openDrawio', () => {
  it('opens our own export as the same people and lines, ids kept, with no notice', () => {
    const { plan } = loadFixture('waived');
    const opened = openDrawio(planToDrawio(plan));
    if (!opened.ok) throw new Error(opened.message);
    expect(opened.notice).toBeUndefined();
    const nodes = (p: Plan) => p.nodes.map((n) => `${n.id} ${n.kind} ${n.name}`).sort();
    const edges = (p: Plan) => p.edges.map((e) => `${e.id} ${e.kind} ${e.source}>${e.target}`).sort();
    expect(nodes(opened.plan)).toEqual(nodes(plan));
    expect(edges(opened.plan)).toEqual(edges(plan));
    // The text is the plan's JSON: what Save writes, never the diagram.
    expect(opened.text).toBe(serializePlan(opened.plan));
  });

  it('reads a diagram drawn in diagrams.net best-effort, and says so with what it made of it', () => {
    const opened = openDrawio(fixture('hand-drawn.drawio'));
    if (!opened.ok) throw new Error(opened.message);
    expect(opened.plan.name).toBe('Team sketch');
    expect(opened.plan.nodes.map((n) => [n.id, n.kind, n.name, n.title])).toEqual([
      ['boss', 'person', 'Dana Ortiz', 'Head of Product'],
      ['pm', 'person', 'Lee Park', 'Product Manager'],
      ['ux', 'person', 'Rin Sato', undefined],
    ]);
    expect(opened.plan.edges.map((e) => [e.kind, e.source, e.target])).toEqual([
      ['reports-to', 'pm', 'boss'],
      ['reports-to', 'ux', 'boss'],
      ['dotted-line', 'ux', 'pm'],
    ]);
    expect(opened.notice).toBe(
      "This draw.io diagram was not made by Org Planner's export: its 3 shapes were read as people and its 3 connectors as reporting lines (dashed ones as dotted lines). Check the kinds.",
    );
  });

  it('refuses a compressed diagram with the setting that avoids it', () => {
    expect(openDrawio(fixture('compressed.drawio'))).toEqual({
      ok: false,
      message:
        'this draw.io file cannot be opened as a plan: the diagram is compressed; in diagrams.net turn off File › Properties › Compressed and save again',
    });
  });

  it('refuses a diagram without shapes, and one whose lines make no plan, saying what is missing', () => {
    const empty =
      '<mxfile><diagram name="Blank"><mxGraphModel><root><mxCell id="0"/></root></mxGraphModel></diagram></mxfile>';
    expect(openDrawio(empty)).toEqual({
      ok: false,
      message: 'this draw.io file cannot be opened as a plan: it has no shapes (boxes) to read as people',
    });
    const twice = fixture('hand-drawn.drawio').replace('id="pm"', 'id="boss"').replace('target="pm"', 'target="boss"');
    const result = openDrawio(twice);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toMatch(/^this draw\.io file cannot be opened as a plan: .*boss/);
  });
});
