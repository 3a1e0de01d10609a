import { describe, expect, it } from 'vitest';
import { articleExamplePlan } from '@shared/example/article-example';
import { subtreePlan } from '@shared/interop/subtree';
import { emptyPlan, type Plan } from '@shared/model/types';

describe('subtreePlan', () => {
  it('keeps a manager, everyone below them, and the teams and stakeholders they are linked to', () => {
    const plan: Plan = {
      ...emptyPlan(),
      nodes: [
        { id: 'ceo', kind: 'person', name: 'C' },
        { id: 'pm', kind: 'pm', name: 'P' },
        { id: 'po', kind: 'po', name: 'O' },
        { id: 'other', kind: 'pm', name: 'X' },
        { id: 't', kind: 'team', name: 'T' },
        { id: 's', kind: 'stakeholder', name: 'S', scope: 'internal' },
      ],
      edges: [
        { id: 'a', kind: 'reports-to', source: 'pm', target: 'ceo' },
        { id: 'b', kind: 'reports-to', source: 'po', target: 'pm' },
        { id: 'c', kind: 'reports-to', source: 'other', target: 'ceo' },
        { id: 'd', kind: 'member-of', source: 'po', target: 't' },
        { id: 'e', kind: 'engages', source: 'other', target: 's' },
      ],
      waivers: [{ ruleId: 'po-in-team', nodeId: 'other', reason: 'r' }],
    };
    const part = subtreePlan(plan, 'pm');
    expect(part?.nodes.map((n) => n.id)).toEqual(['pm', 'po', 't']);
    expect(part?.edges.map((e) => e.id)).toEqual(['b', 'd']);
    expect(part?.waivers).toEqual([]);
  });

  it('ends on a reporting cycle and refuses an unknown root', () => {
    const plan: Plan = {
      ...emptyPlan(),
      nodes: [
        { id: 'a', kind: 'pm', name: 'A' },
        { id: 'b', kind: 'pm', name: 'B' },
      ],
      edges: [
        { id: '1', kind: 'reports-to', source: 'a', target: 'b' },
        { id: '2', kind: 'reports-to', source: 'b', target: 'a' },
      ],
    };
    expect(subtreePlan(plan, 'a')?.nodes).toHaveLength(2);
    expect(subtreePlan(articleExamplePlan(), 'nobody')).toBeUndefined();
  });
});
