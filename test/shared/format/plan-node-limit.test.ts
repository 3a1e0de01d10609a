/**
 * One node limit (MAX_PLAN_NODES) for every way a plan comes in: the loader
 * (Open, every CLI command) refuses a plan with more nodes, as the CSV import
 * refuses more rows, before reading any node. Before, only the CSV import
 * applied it.
 */
import { describe, expect, it } from 'vitest';
import { loadPlanValue } from '@shared/format/load';
import { MAX_PLAN_NODES } from '@shared/model/limits';
import { FORMAT_NAME } from '@shared/model/types';

describe('the node limit in the loader', () => {
  it('refuses a plan with more nodes than MAX_PLAN_NODES, naming the count and the limit', () => {
    const node = { id: 'a', kind: 'team', name: 'A' };
    const doc = {
      format: FORMAT_NAME,
      version: 2,
      nodes: new Array<unknown>(MAX_PLAN_NODES + 1).fill(node),
      edges: [],
    };
    const result = loadPlanValue(doc);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual([
      { path: 'nodes', message: '1,000,001 nodes; a plan holds at most 1,000,000 people, teams and stakeholders' },
    ]);
  });

  it('reads a plan at the limit’s side of it as before', () => {
    const result = loadPlanValue({
      format: FORMAT_NAME,
      version: 2,
      nodes: [{ id: 'a', kind: 'team', name: 'A' }],
      edges: [],
    });
    expect(result.ok).toBe(true);
  });
});
