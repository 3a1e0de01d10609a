import { describe, expect, it } from 'vitest';
import { parseCsv } from '@shared/csv/rfc4180';
import { articleExamplePlan } from '@shared/example/article-example';
import { csvFieldColumns } from '@shared/interop/csv-export';
import { DIAGRAM_EXTENSIONS, DIAGRAM_FORMATS, writeDiagram } from '@shared/interop/export-formats';
import { planToMermaid } from '@shared/interop/mermaid';
import { subtreePlan } from '@shared/interop/subtree';
import type { Plan } from '@shared/model/types';

const withFields = (): Plan => {
  const plan = articleExamplePlan();
  return {
    ...plan,
    nodes: plan.nodes.map((node, i) =>
      node.kind === 'pm' || node.kind === 'po' ? { ...node, fields: { email: `p${i}@x.test`, site: 'Lisbon' } } : node,
    ),
  };
};

describe('writeDiagram', () => {
  it('writes the CSV with a byte order mark and only the field columns asked for', () => {
    const plan = withFields();
    expect(csvFieldColumns(plan)).toEqual(['email', 'site']);
    const all = writeDiagram(plan, 'csv');
    expect(all.startsWith('\uFEFFid,name,title,manager_id,role,level,team,email,site\r\n')).toBe(true);
    const some = parseCsv(writeDiagram(plan, 'csv', { fields: ['site'] }).slice(1));
    expect(some[0]).toEqual(['id', 'name', 'title', 'manager_id', 'role', 'level', 'team', 'site']);
    expect(some.slice(1).every((row) => row.length === 8)).toBe(true);
  });

  it('writes a subtree as the CLI’s --subtree does, and the whole plan for an unknown root', () => {
    const plan = articleExamplePlan();
    const root = plan.edges.find((edge) => edge.kind === 'reports-to')?.target as string;
    expect(writeDiagram(plan, 'mermaid', { subtree: root })).toBe(planToMermaid(subtreePlan(plan, root) as Plan));
    expect(writeDiagram(plan, 'mermaid', { subtree: 'nobody' })).toBe(planToMermaid(plan));
  });

  it('has one extension per format, none of them an image’s', () => {
    expect(DIAGRAM_FORMATS.map((format) => DIAGRAM_EXTENSIONS[format])).toEqual(['drawio', 'mmd', 'graphml', 'csv']);
  });
});
