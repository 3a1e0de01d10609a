/** Place: the palette's cards, added at the centre of the view (or where one is dropped). */
import type { NewNodeSpec } from '@shared/edit';
import type { Position } from '@shared/model/types';
import { nodeSize } from '@shared/view/card-size';
import { addNodeAction } from '../../actions/add-node';
import type { CommandBehaviour, CommandContext, GroupBehaviours } from '../command-types';

export function addNode({ dispatch, view }: CommandContext, spec: NewNodeSpec, at?: Position): void {
  const size = nodeSize(spec.kind);
  const centre = at ?? view.centre();
  const topLeft = { x: centre.x - size.width / 2, y: centre.y - size.height / 2 };
  dispatch(addNodeAction, { spec, at: topLeft, exact: at !== undefined });
}

const adding = (spec: NewNodeSpec): CommandBehaviour => ({
  perform: (context) => {
    addNode(context, spec);
  },
});

export const PLACE_COMMANDS: GroupBehaviours<'Place'> = {
  addPm: adding({ kind: 'pm' }),
  addPo: adding({ kind: 'po' }),
  addPerson: adding({ kind: 'person' }),
  addTeam: adding({ kind: 'team' }),
  addInternal: adding({ kind: 'stakeholder', scope: 'internal' }),
  addExternal: adding({ kind: 'stakeholder', scope: 'external' }),
};
