/**
 * A card's connection handles: one on each side to drag from, and, while a
 * connection is being dragged, one invisible handle over the whole card (so
 * dropping anywhere on a card connects; see connecting-context.ts).
 * All visible handles are sources; the canvas runs in loose connection mode.
 */
import { memo, useContext } from 'react';
import { Handle, Position } from '@xyflow/react';
import { ConnectingContext } from '../connecting-context';
import { DROP_HANDLE_ID } from '../geometry';

const PERSON_TITLES = {
  t: 'Drag to this person’s manager',
  b: 'Drag to a direct report, a team or a stakeholder',
  l: 'Drag to connect',
  r: 'Drag to connect',
};
const OTHER_TITLES = { t: 'Drag to a person', b: 'Drag to a person', l: 'Drag to a person', r: 'Drag to a person' };

export const NodeHandles = memo(function NodeHandles({ person }: { person: boolean }) {
  const titles = person ? PERSON_TITLES : OTHER_TITLES;
  const connecting = useContext(ConnectingContext);
  return (
    <>
      <Handle type="source" id="t" position={Position.Top} className="op-handle" title={titles.t} />
      <Handle type="source" id="b" position={Position.Bottom} className="op-handle" title={titles.b} />
      <Handle type="source" id="l" position={Position.Left} className="op-handle" title={titles.l} />
      <Handle type="source" id="r" position={Position.Right} className="op-handle" title={titles.r} />
      {connecting && (
        <Handle
          type="target"
          id={DROP_HANDLE_ID}
          position={Position.Top}
          className="op-drop-handle"
          isConnectableStart={false}
        />
      )}
    </>
  );
});
