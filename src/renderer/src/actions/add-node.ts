/**
 * Place a new node from the palette: at a free spot near `at` (or exactly there when dropped), selected, ready to
 * rename. Placed by click or shortcut while one card is selected, it goes beside that card already connected when
 * the article calls for a line (a PO under a PM, a team under a PO, a stakeholder beside a person): one undo step.
 */
import { addAttached, addNode, createIdGenerator, findFreeSpot, type NewNodeSpec } from '@shared/edit';
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
    const [anchor, ...others] = state.selection.nodes;
    if (!exact && anchor !== undefined && others.length === 0) {
      const attached = addAttached(state.plan, spec, anchor, wanted, createIdGenerator(state.plan));
      if (attached !== undefined)
        return {
          plan: attached.plan,
          selection: selectionOf([attached.nodeId]),
          ui: { renamingId: attached.nodeId },
          history: 'record',
          notice: { tone: 'info', text: `Added and connected: ${attached.message}.` },
        };
    }
    const position = exact ? wanted : findFreeSpot(state.plan, wanted);
    const { plan, nodeId } = addNode(state.plan, { ...spec, position }, createIdGenerator(state.plan));
    return { plan, selection: selectionOf([nodeId]), ui: { renamingId: nodeId }, history: 'record' };
  },
};
