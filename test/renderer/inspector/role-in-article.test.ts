/** The node inspector quotes the article on the PM and PO roles, and only on those. */
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { articleExamplePlan } from '@shared/example/article-example';
import type { PlanNode } from '@shared/model/types';
import { DEFAULT_PREFERENCES } from '../../../src/shared/settings/preferences';
import type { CommandsApi } from '../../../src/renderer/src/commands/command-types';
import { CommandsProvider } from '../../../src/renderer/src/commands/context';
import { NodeInspector } from '../../../src/renderer/src/inspector/NodeInspector';
import { StoreProvider } from '../../../src/renderer/src/store/context';
import { createEditorStore } from '../../../src/renderer/src/store/create-store';

/** The inspector's buttons only ask whether a command is enabled while rendering. */
const NO_COMMANDS = { run: () => undefined, isEnabled: () => false } as unknown as CommandsApi;

function inspectorFor(id: string): string {
  const plan = articleExamplePlan();
  const store = createEditorStore({ plan, settings: DEFAULT_PREFERENCES });
  const node = plan.nodes.find((n) => n.id === id) as PlanNode;
  const inspector = createElement(NodeInspector, { node });
  const withCommands = createElement(CommandsProvider, { commands: NO_COMMANDS, children: inspector });
  return renderToStaticMarkup(createElement(StoreProvider, { store, children: withCommands }));
}

describe('the node inspector on the article’s roles', () => {
  it('quotes what the article says about the PM role on a PM card', () => {
    const html = inspectorFor('pm-checkout');
    expect(html).toContain('What the article says about this role');
    expect(html).toContain('Product Manager is the job where the person is the brand ambassador of the product.');
    expect(html).toContain('Long-term focus on the company goals.');
  });

  it('quotes what the article says about the PO role on a PO card', () => {
    const html = inspectorFor('po-cart');
    expect(html).toContain('What the article says about this role');
    expect(html).toContain('He is responsible for maintaining and optimizing the product backlog.');
    expect(html).toContain('initiating the sprint and review meetings');
  });

  it('says nothing of the kind on other cards', () => {
    expect(inspectorFor('cpo')).not.toContain('What the article says');
    expect(inspectorFor('team-cart')).not.toContain('What the article says');
  });
});
