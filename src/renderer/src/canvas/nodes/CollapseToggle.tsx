/** The chevron on a card with something below it: folds the subtree away, showing how many nodes it hides. */
import { memo } from 'react';
import { toggleCollapseAction } from '../../actions/collapse';
import { titleFor } from '../../commands/platform-keys';
import { useDispatch, useEditor } from '../../store/hooks';
import { collapsedCount, hasSubtree } from '../../store/plan-selectors';
import { Icon } from '../../ui/icons';

export const CollapseToggle = memo(function CollapseToggle({ id }: { id: string }) {
  const dispatch = useDispatch();
  const collapsed = useEditor((s) => s.ui.collapsed.has(id));
  const show = useEditor((s) => collapsed || hasSubtree(s.plan, id));
  const hiddenCount = useEditor((s) => (collapsed ? collapsedCount(s.plan, id) : 0));
  if (!show) return null;
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
