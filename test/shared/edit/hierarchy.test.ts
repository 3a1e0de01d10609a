import { describe, expect, it } from 'vitest';
import { descendants, findNodes, hiddenByCollapse, reportingChain, subtree } from '@shared/edit';
import { articleExamplePlan } from '@shared/example/article-example';
import { edge, node, plan, smallOrg } from './fixtures';

describe('the reporting hierarchy', () => {
  it('walks a chain up to the top, through solid lines only', () => {
    const org = plan(smallOrg().nodes.slice(), [...smallOrg().edges, edge('d', 'dotted-line', 'cpo', 'po')]);
    expect(reportingChain(org, 'po')).toEqual({ nodeIds: ['po', 'pm', 'cpo'], edgeIds: ['r2', 'r1'] });
    expect(reportingChain(org, 'ghost')).toEqual({ nodeIds: [], edgeIds: [] });
  });

  it('survives cycles', () => {
    const loop = plan(
      [node('a', 'pm'), node('b', 'po')],
      [edge('1', 'reports-to', 'a', 'b'), edge('2', 'reports-to', 'b', 'a')],
    );
    expect(reportingChain(loop, 'a').nodeIds).toEqual(['a', 'b']);
    expect(descendants(loop, 'a')).toEqual(['b']);
  });

  it('takes a manager’s subtree with the teams and stakeholders only they deal with', () => {
    const example = articleExamplePlan();
    expect(subtree(example, 'pm-payments').sort()).toEqual(
      ['pm-payments', 'po-cards', 'po-wallets', 'team-cards', 'sh-acme-pay', 'sh-finance', 'sh-legal'].sort(),
    );
    // Shared with people outside: the Wallets team (scrum master) and Support (Tomás).
    expect(subtree(example, 'pm-payments')).not.toContain('team-wallets');
    expect(subtree(example, 'pm-payments')).not.toContain('sh-support');
  });

  it('hides what collapsed nodes fold away', () => {
    const example = articleExamplePlan();
    const hidden = hiddenByCollapse(example, new Set(['pm-checkout', 'po-cards']));
    expect([...hidden].sort()).toEqual(
      ['po-cart', 'po-delivery', 'team-cart', 'team-delivery', 'sh-sales', 'sh-northwind', 'team-cards'].sort(),
    );
    expect(hidden.has('pm-checkout')).toBe(false);
  });
});

describe('findNodes', () => {
  it('matches names and titles, accents and case aside, best first', () => {
    const example = articleExamplePlan();
    expect(findNodes(example, 'tomas').map((h) => h.node.id)).toEqual(['po-delivery']);
    expect(findNodes(example, 'PRODUCT MANAGER').map((h) => [h.node.id, h.field])).toEqual([
      ['pm-payments', 'title'],
      ['pm-checkout', 'title'],
    ]);
    expect(
      findNodes(example, 'team')
        .map((h) => h.node.id)
        .slice(0, 2),
    ).toEqual(['team-cart', 'team-delivery']);
    expect(findNodes(example, '   ')).toEqual([]);
  });
});
