/** The export payload's allow-list: what the core's diagram writers write passes, for every format and option. */
import { describe, expect, it } from 'vitest';
import { articleExamplePlan } from '@shared/example/article-example';
import { DIAGRAM_FORMATS, writeDiagram } from '@shared/interop/export-formats';
import { imageExport } from '../../../src/main/ipc/validators';

describe('the export payload validator', () => {
  it.each(DIAGRAM_FORMATS)('accepts the %s writer’s output, whole or a subtree', (format) => {
    const plan = articleExamplePlan();
    const root = plan.edges.find((edge) => edge.kind === 'reports-to')?.target as string;
    for (const data of [writeDiagram(plan, format), writeDiagram(plan, format, { subtree: root, fields: [] })])
      expect(imageExport({ format, data }, 'file')).toEqual({ format, data });
  });

  it('refuses one format’s text under another’s name', () => {
    const drawio = writeDiagram(articleExamplePlan(), 'drawio');
    expect(() => imageExport({ format: 'graphml', data: drawio }, 'file')).toThrow(/a GraphML file as Org Planner/);
    expect(() => imageExport({ format: 'csv', data: drawio }, 'file')).toThrow(/a CSV file as Org Planner/);
  });
});
