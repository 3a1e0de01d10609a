/**
 * Handle positions. Every card has a fixed size (src/shared/view/card-size.ts),
 * so React Flow knows each node's handles before it is measured: edges to
 * nodes outside the viewport still draw when only visible nodes are rendered.
 */
import type { NodeKind } from '@shared/model/types';
import { nodeSize } from '@shared/view/card-size';
import { Position, type NodeHandle } from '@xyflow/react';

/** The visible connection handles, on the middle of each side. */
const HANDLE_SIZE = 12;
/** The invisible handle covering the whole card while a connection is dragged, so dropping anywhere on it connects. */
export const DROP_HANDLE_ID = 'drop';

const handleCache = new Map<NodeKind, NodeHandle[]>();

export function nodeHandles(kind: NodeKind): NodeHandle[] {
  const cached = handleCache.get(kind);
  if (cached !== undefined) return cached;
  const { width, height } = nodeSize(kind);
  const h = HANDLE_SIZE / 2;
  const handles: NodeHandle[] = [
    {
      id: 't',
      type: 'source',
      position: Position.Top,
      x: width / 2 - h,
      y: -h,
      width: HANDLE_SIZE,
      height: HANDLE_SIZE,
    },
    {
      id: 'b',
      type: 'source',
      position: Position.Bottom,
      x: width / 2 - h,
      y: height - h,
      width: HANDLE_SIZE,
      height: HANDLE_SIZE,
    },
    {
      id: 'l',
      type: 'source',
      position: Position.Left,
      x: -h,
      y: height / 2 - h,
      width: HANDLE_SIZE,
      height: HANDLE_SIZE,
    },
    {
      id: 'r',
      type: 'source',
      position: Position.Right,
      x: width - h,
      y: height / 2 - h,
      width: HANDLE_SIZE,
      height: HANDLE_SIZE,
    },
    { id: DROP_HANDLE_ID, type: 'target', position: Position.Top, x: 0, y: 0, width, height },
  ];
  handleCache.set(kind, handles);
  return handles;
}
