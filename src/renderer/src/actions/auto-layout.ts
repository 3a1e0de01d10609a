/**
 * Auto layout (Shift+L) in the plan's chosen style (compact unless the plan says otherwise), of the cards that
 * are shown, so a collapsed subtree's gap closes; the style choice and the re-layout-on-fold option are stored
 * in the plan (format 2, `layout`). Each is one undo step.
 */
import { layoutShown } from '@shared/layout/layout-visible';
import type { LayoutStyle, Plan, PlanLayout, Position } from '@shared/model/types';
import { hiddenNodes } from '@shared/view/hidden-nodes';
import type { EditorAction, EditorSnapshot } from '../store/types';

function samePosition(a: Position | undefined, b: Position | undefined): boolean {
  return a?.x === b?.x && a?.y === b?.y;
}

/** The plan laid out as it is shown, or null when no card would move. */
export function relaidOut(plan: Plan, collapsed: ReadonlySet<string>): Plan | null {
  const next = layoutShown(plan, hiddenNodes(plan, collapsed));
  const moved = next.nodes.some((node, i) => !samePosition(node.position, plan.nodes[i]?.position));
  return moved ? next : null;
}

function withLayout(plan: Plan, patch: Partial<PlanLayout>): Plan {
  return { ...plan, layout: { ...plan.layout, ...patch } };
}

export const autoLayoutAction: EditorAction = {
  perform(state) {
    const plan = relaidOut(state.plan, state.ui.collapsed);
    // Already laid out: no empty undo step.
    return plan === null ? null : { plan, history: 'record' };
  },
};

/** Chooses the plan's layout style and lays it out in it, as one step. */
export const chooseLayoutAction: EditorAction<LayoutStyle> = {
  perform(state: EditorSnapshot, style) {
    const chosen = (state.plan.layout?.style ?? 'compact') === style ? state.plan : withLayout(state.plan, { style });
    const plan = relaidOut(chosen, state.ui.collapsed) ?? chosen;
    return plan === state.plan ? null : { plan, history: 'record' };
  },
};

/** Switches "re-lay out on every collapse and expand"; switching it on lays out the plan as shown at once. */
export const toggleRelayoutOnCollapseAction: EditorAction = {
  perform(state) {
    const on = state.plan.layout?.relayoutOnCollapse !== true;
    const chosen = withLayout(state.plan, { relayoutOnCollapse: on });
    const plan = on ? (relaidOut(chosen, state.ui.collapsed) ?? chosen) : chosen;
    return {
      plan,
      history: 'record',
      notice: {
        tone: 'info',
        text: on
          ? 'Collapsing or expanding a subtree now re-lays out the plan.'
          : 'Collapsing or expanding no longer moves cards; Auto layout closes the gaps.',
      },
    };
  },
};
