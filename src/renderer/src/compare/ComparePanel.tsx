/**
 * The changes panel beside the canvas while comparing: what the plan is compared with, the rule delta, the
 * counts by kind (filters) and the changes grouped by kind. A row selects and centres its card, or for a removed
 * node shows its ghost. Escape in the panel or the close button leaves the compare view.
 */
import { useCallback, useMemo, type KeyboardEvent } from 'react';
import { useReactFlow } from '@xyflow/react';
import { nodeSize } from '@shared/view/card-size';
import type { FlowEdge, FlowNode } from '../canvas/flow-types';
import { useCommands } from '../commands/context';
import { titleFor } from '../commands/platform-keys';
import { useEditorStore } from '../store/context';
import { useDispatch, useUi } from '../store/hooks';
import { Icon } from '../ui/icons';
import { VIEW_ANIMATION } from '../ui/view-animation';
import { changeGroups, type ChangeRow } from './change-list';
import { ChangeList } from './ChangeList';
import { useCompareView } from './compare-diff';
import {
  closeCompareAction,
  setCompareActiveAction,
  setCompareFilterAction,
  sourceLabel,
  type ChangeKind,
} from './compare-state';
import { RuleDelta } from './RuleDelta';
import './compare.css';

export function ComparePanel() {
  const compare = useUi((ui) => ui.compare);
  const view = useCompareView();
  const dispatch = useDispatch();
  const store = useEditorStore();
  const commands = useCommands();
  const flow = useReactFlow<FlowNode, FlowEdge>();
  const groups = useMemo(() => (view === null ? [] : changeGroups(view)), [view]);
  const onFilter = useCallback(
    (filter: ChangeKind | null) => {
      dispatch(setCompareFilterAction, filter);
    },
    [dispatch],
  );
  const onPick = useCallback(
    (row: ChangeRow) => {
      store.getState().dispatch(setCompareActiveAction, row.key);
      if (!row.target.ghost) {
        commands.goToNode(row.target.id);
        return;
      }
      // A ghost is not part of the plan, so nothing is selected: it is drawn picked and centred.
      const before = view?.before.nodes.find((node) => node.id === row.target.id);
      if (before === undefined) return;
      const { width, height } = nodeSize(before.kind);
      const { x, y } = before.position ?? { x: 0, y: 0 };
      void flow.setCenter(x + width / 2, y + height / 2, { zoom: Math.max(flow.getZoom(), 0.9), ...VIEW_ANIMATION });
    },
    [store, commands, flow, view],
  );
  if (compare === null || view === null) return null;

  function onKeyDown(event: KeyboardEvent<HTMLElement>): void {
    if (event.key !== 'Escape' || event.defaultPrevented) return;
    event.preventDefault();
    event.stopPropagation();
    dispatch(closeCompareAction, undefined);
    document.querySelector<HTMLElement>('.op-canvas')?.focus();
  }

  return (
    <aside
      className="op-compare-panel"
      data-region="compare"
      aria-label="Changes"
      data-testid="compare-panel"
      onKeyDown={onKeyDown}
    >
      <header className="op-compare-panel__head">
        <h2 className="op-compare-panel__title">Changes</h2>
        <button
          type="button"
          className="op-icon-button"
          aria-label="Close the compare view"
          title="Close the compare view (Escape)"
          onClick={() => {
            dispatch(closeCompareAction, undefined);
          }}
        >
          <Icon name="close" />
        </button>
      </header>
      <p className="op-compare-panel__source" title={titleFor('compare')}>
        This plan compared with {sourceLabel(compare.source)}
      </p>
      <div className="op-compare-panel__body">
        <RuleDelta view={view} />
        <ChangeList
          groups={groups}
          filter={compare.filter}
          active={compare.active}
          onFilter={onFilter}
          onPick={onPick}
        />
      </div>
    </aside>
  );
}
