/** Place a new node from the palette: at a free spot near `at` (or exactly there when dropped), selected, ready to rename. */
import { addNode, createIdGenerator, findFreeSpot, type NewNodeSpec } from '@shared/edit';
import type { Position } from '@shared/model/types';
import { selectionOf } from '../store/slices/selection-slice';
import type { EditorAction } from '../store/types';
import { snapPosition } from './snap';

export interface AddNodeArg {
  readonly spec: NewNodeSpec;
  /** Top-left corner wanted for the card. */
  readonly at: Position;
  /** Dropped by the user on this spot: keep it even if it overlaps. */
  readonly exact?: boolean;
}

export const addNodeAction: EditorAction<AddNodeArg> = {
  perform(state, { spec, at, exact = false }) {
    const wanted = snapPosition(at, state.ui.settings.snapToGrid);
    const position = exact ? wanted : findFreeSpot(state.plan, wanted);
    const { plan, nodeId } = addNode(state.plan, { ...spec, position }, createIdGenerator(state.plan));
    return { plan, selection: selectionOf([nodeId]), ui: { renamingId: nodeId }, history: 'record' };
  },
};
