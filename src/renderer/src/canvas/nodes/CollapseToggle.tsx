/** The chevron on a card with something below it: folds the subtree away, showing how many nodes it hides. */
import { memo } from 'react';
import { toggleCollapseAction } from '../../actions/collapse';
import { titleFor } from '../../commands/platform-keys';
import { useDispatch, useEditor } from '../../store/hooks';
import { collapsedCount, hasSubtree } from '../../store/plan-selectors';
import { Icon } from '../../ui/icons';

export const CollapseToggle = memo(function CollapseToggle({ id }: { id: string }) {
  const dispatch = useDispatch();
  // One subscription per card: -1 nothing below (no toggle), 0 expanded, n > 0 collapsed with n - 1 hidden.
  const state = useEditor((s) => {
    if (s.ui.collapsed.has(id)) return 1 + collapsedCount(s.plan, id);
    return hasSubtree(s.plan, id) ? 0 : -1;
  });
  if (state < 0) return null;
  const collapsed = state > 0;
  const hiddenCount = collapsed ? state - 1 : 0;
  return (
    <button
      type="button"
      className="op-collapse nodrag nopan"
      aria-expanded={!collapsed}
      title={titleFor('collapse', collapsed ? `Expand (${hiddenCount} hidden)` : 'Collapse subtree')}
      onClick={(event) => {
        event.stopPropagation();
        dispatch(toggleCollapseAction, id);
      }}
      onDoubleClick={(event) => {
        event.stopPropagation();
      }}
    >
      {collapsed ? (
        <>
          <Icon name="chevronRight" size={12} />+{hiddenCount}
        </>
      ) : (
        <Icon name="chevronDown" size={12} />
      )}
    </button>
  );
});
