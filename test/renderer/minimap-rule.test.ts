import { describe, expect, it } from 'vitest';
import { articleExamplePlan } from '@shared/example/article-example';
import type { Plan } from '@shared/model/types';
import { toggleMinimapAction } from '../../src/renderer/src/actions/ui';
import { MINIMAP_MAX_NODES, minimapShown } from '@shared/view/minimap-rule';
import { DEFAULT_PREFERENCES } from '../../src/shared/settings/preferences';
import { createEditorStore } from '../../src/renderer/src/store/create-store';

/** The example plan padded with copies of its first node until it has `count` nodes. */
function planOf(count: number): Plan {
  const plan = articleExamplePlan();
  const [first] = plan.nodes;
  if (first === undefined) throw new Error('empty example');
  const extra = Array.from({ length: count - plan.nodes.length }, (_, i) => ({ ...first, id: `extra-${i}` }));
  return { ...plan, nodes: [...plan.nodes, ...extra] };
}

function shown(store: ReturnType<typeof createEditorStore>): boolean {
  const state = store.getState();
  return minimapShown({
    settings: state.ui.settings,
    minimapOnLargePlans: state.ui.minimapOnLargePlans,
    nodeCount: state.plan.nodes.length,
  });
}

describe('the minimap rule', () => {
  it('shows the minimap up to the limit and hides it automatically above', () => {
    const settings = { showMinimap: true };
    expect(minimapShown({ settings, minimapOnLargePlans: false, nodeCount: MINIMAP_MAX_NODES })).toBe(true);
    expect(minimapShown({ settings, minimapOnLargePlans: false, nodeCount: MINIMAP_MAX_NODES + 1 })).toBe(false);
    expect(minimapShown({ settings, minimapOnLargePlans: true, nodeCount: MINIMAP_MAX_NODES + 1 })).toBe(true);
    expect(minimapShown({ settings: { showMinimap: false }, minimapOnLargePlans: true, nodeCount: 5 })).toBe(false);
  });

  it('Shift+M hides it on a small plan and shows it again', () => {
    const store = createEditorStore({ plan: articleExamplePlan(), settings: DEFAULT_PREFERENCES });
    expect(shown(store)).toBe(true);
    store.getState().dispatch(toggleMinimapAction, undefined);
    expect(shown(store)).toBe(false);
    expect(store.getState().ui.settings.showMinimap).toBe(false);
    store.getState().dispatch(toggleMinimapAction, undefined);
    expect(shown(store)).toBe(true);
  });

  it('Shift+M shows it on a large plan, where it was hidden automatically, and hides it again', () => {
    const store = createEditorStore({ plan: planOf(MINIMAP_MAX_NODES + 1), settings: DEFAULT_PREFERENCES });
    expect(shown(store)).toBe(false);
    store.getState().dispatch(toggleMinimapAction, undefined);
    expect(shown(store)).toBe(true);
    store.getState().dispatch(toggleMinimapAction, undefined);
    expect(shown(store)).toBe(false);
    expect(store.getState().ui.settings.showMinimap).toBe(false);
  });
});
