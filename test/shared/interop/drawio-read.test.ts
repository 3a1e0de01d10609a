import { describe, expect, it } from 'vitest';
import { articleExamplePlan } from '@shared/example/article-example';
import { drawioToPlan } from '@shared/interop/drawio-read';
import { planToDrawio } from '@shared/interop/drawio';
import { layoutPlan } from '@shared/layout/tree-layout';
import type { Plan } from '@shared/model/types';
import { diagramFixture } from './diagram-fixture';

function read(text: string): Plan {
  const result = drawioToPlan(text);
  if (!result.ok) throw new Error(result.message);
  return result.plan;
}

/** What a draw.io file can carry: the plan with every node placed and without lines to missing nodes. */
function drawable(plan: Plan): Plan {
  const placed = layoutPlan(plan, { onlyMissing: true });
  const ids = new Set(placed.nodes.map((n) => n.id));
  return { ...placed, edges: placed.edges.filter((e) => ids.has(e.source) && ids.has(e.target)) };
}

function structure(plan: Plan) {
  return {
    name: plan.name,
    nodes: plan.nodes.map(({ id, kind, name, title, level, scope, vacant, position }) => ({
      id,
      kind,
      name,
      title,
      level,
      scope,
      vacant,
      position,
    })),
    edges: plan.edges.map(({ id, kind, source, target }) => ({ id, kind, source, target })),
  };
}

describe('drawioToPlan', () => {
  it('reads our export of the article example back with the same structure, ids kept', () => {
    const plan = articleExamplePlan();
    expect(structure(read(planToDrawio(plan)))).toEqual(structure(drawable(plan)));
  });

  it('keeps odd ids, quotes, markup characters, scopes, vacancies and levels', () => {
    const plan = diagramFixture();
    // A line break inside a name would read back as the start of the title: names are one line.
    const oneLine: Plan = {
      ...plan,
      nodes: plan.nodes.map((n, i) => (i === 1 ? { ...n, name: n.name.replace('\n', ' '), level: 7 } : n)),
    };
    expect(structure(read(planToDrawio(oneLine)))).toEqual(structure(drawable(oneLine)));
  });

  it('takes renames from the labels and reads shapes drawn in diagrams.net as people and lines', () => {
    const text = `<mxfile><diagram name="Edited"><mxGraphModel><root>
      <mxCell id="0"/><mxCell id="1" parent="0"/>
      <UserObject label="Alexandra Kim&lt;br&gt;Head of Product" planId="pm1" planKind="pm" id="a">
        <mxCell style="rounded=1;html=1" vertex="1" parent="1"><mxGeometry x="10" y="20" width="220" height="84" as="geometry"/></mxCell>
      </UserObject>
      <mxCell id="b" value="New hire" style="rounded=0" vertex="1" parent="1"><mxGeometry x="10" y="200" as="geometry"/></mxCell>
      <mxCell id="c" style="dashed=1" edge="1" parent="1" source="b" target="a"><mxGeometry relative="1" as="geometry"/></mxCell>
      <mxCell id="d" edge="1" parent="1" source="b"><mxGeometry relative="1" as="geometry"/></mxCell>
    </root></mxGraphModel></diagram></mxfile>`;
    const plan = read(text);
    expect(plan.name).toBe('Edited');
    expect(plan.nodes).toEqual([
      { id: 'pm1', kind: 'pm', name: 'Alexandra Kim', title: 'Head of Product', position: { x: 10, y: 20 } },
      { id: 'b', kind: 'person', name: 'New hire', position: { x: 10, y: 200 } },
    ]);
    expect(plan.edges).toEqual([{ id: 'c', kind: 'dotted-line', source: 'b', target: 'pm1' }]);
  });

  it('refuses compressed diagrams, DOCTYPEs and broken XML with a reason', () => {
    const refusal = (text: string) => {
      const result = drawioToPlan(text);
      return result.ok ? 'read' : result.message;
    };
    expect(
      refusal(
        '<mxfile><diagram name="x">7VZNb9swDP01PmaIP+IlR8dZ20OBFeth2VGRGFurbBmyHCf79ZNiyfJH0mxo</diagram></mxfile>',
      ),
    ).toContain('Compressed');
    expect(refusal('<!DOCTYPE x [<!ENTITY a "b">]><mxfile/>')).toContain('DOCTYPE');
    expect(refusal('<mxfile><diagram>')).toContain('not closed');
    expect(refusal('<mxfile a="&bogus;"/>')).toContain('bad entity');
  });
});
