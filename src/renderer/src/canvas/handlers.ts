/**
 * React Flow's callbacks, turned into editor actions. They are built once per
 * store (stable identities), read the current state when called, and never
 * keep a copy of the plan.
 */
import type {
  Connection,
  Edge,
  EdgeChange,
  FinalConnectionState,
  IsValidConnection,
  NodeChange,
  OnConnectEnd,
} from '@xyflow/react';
import { checkConnection, type HandleSide } from '@shared/edit';
import type { Position } from '@shared/model/types';
import { connectNodesAction } from '../actions/connect-nodes';
import { dragNodesAction } from '../actions/drag-nodes';
import { endDragAction } from '../actions/end-drag';
import { applySelectChangesAction, type SelectChange } from '../actions/selection';
import { notifyAction, startRenameAction } from '../actions/ui';
import type { EditorStore } from '../store/create-store';
import type { FlowEdge, FlowNode } from './flow-types';

/** Top handle: "to my manager"; bottom handle: "to my report"; sides: "I report to". */
export function sideOfHandle(handleId: string | null | undefined): HandleSide {
  if (handleId === 'b') return 'down';
  if (handleId === 't') return 'up';
  return 'side';
}

export interface FlowHandlers {
  onNodesChange: (changes: NodeChange<FlowNode>[]) => void;
  onEdgesChange: (changes: EdgeChange<FlowEdge>[]) => void;
  onConnect: (connection: Connection) => void;
  isValidConnection: IsValidConnection<FlowEdge>;
  onConnectEnd: OnConnectEnd;
  onNodeDoubleClick: (event: unknown, node: FlowNode) => void;
}

export function createFlowHandlers(store: EditorStore): FlowHandlers {
  const dispatch = store.getState().dispatch;
  return {
    onNodesChange(changes) {
      const selects: SelectChange[] = [];
      const dragging = new Map<string, Position>();
      const ended = new Map<string, Position>();
      for (const change of changes) {
        if (change.type === 'select') selects.push({ id: change.id, selected: change.selected });
        else if (change.type === 'position' && change.position !== undefined)
          (change.dragging === true ? dragging : ended).set(change.id, change.position);
      }
      if (selects.length > 0) dispatch(applySelectChangesAction, { nodes: selects });
      if (dragging.size > 0) dispatch(dragNodesAction, dragging);
      if (ended.size > 0) dispatch(endDragAction, ended);
    },
    onEdgesChange(changes) {
      const selects: SelectChange[] = [];
      for (const change of changes) if (change.type === 'select') selects.push(change);
      if (selects.length > 0) dispatch(applySelectChangesAction, { edges: selects });
    },
    onConnect(connection) {
      dispatch(connectNodesAction, {
        from: connection.source,
        to: connection.target,
        side: sideOfHandle(connection.sourceHandle),
      });
    },
    isValidConnection(connection: Edge | Connection) {
      if (connection.source === connection.target) return false;
      return checkConnection(
        store.getState().plan,
        connection.source,
        connection.target,
        sideOfHandle(connection.sourceHandle),
      ).ok;
    },
    onConnectEnd(_event, state: FinalConnectionState) {
      // Dropped on a node that refuses the connection: say why.
      if (state.isValid === true || state.fromNode === null || state.toNode === null) return;
      if (state.toNode.id === state.fromNode.id) return;
      const check = checkConnection(
        store.getState().plan,
        state.fromNode.id,
        state.toNode.id,
        sideOfHandle(state.fromHandle.id),
      );
      if (!check.ok) dispatch(notifyAction, { tone: 'error', text: `Not connected: ${check.reason}` });
    },
    onNodeDoubleClick(_event, node) {
      dispatch(startRenameAction, node.id);
    },
  };
}
