/** The compare view's marks and ghosts for the canvas; null while the compare view is closed. */
import { useMemo } from 'react';
import type { FlowNode } from '../canvas/flow-types';
import { useEditor } from '../store/hooks';
import { activeGhostOf } from './change-list';
import { useCompareView } from './compare-diff';
import { ghostsOf, marksOf, type CompareMark } from './compare-marks';

export interface CompareCanvas {
  readonly marks: ReadonlyMap<string, CompareMark>;
  readonly ghosts: readonly FlowNode[];
}

export function useCompareCanvas(): CompareCanvas | null {
  const view = useCompareView();
  const activeGhost = useEditor((state) => activeGhostOf(state.ui.compare?.active ?? null));
  return useMemo(
    () => (view === null ? null : { marks: marksOf(view), ghosts: ghostsOf(view, activeGhost) }),
    [view, activeGhost],
  );
}
