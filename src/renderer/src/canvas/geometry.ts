/**
 * Card sizes and handle positions. Every card has a fixed size (the layout's
 * cell, smaller for stakeholder pills), so React Flow knows each node's size
 * and handles before it is measured: edges to nodes outside the viewport
 * still draw when only visible nodes are rendered. nodes.css matches these.
 */
import { NODE_HEIGHT, NODE_WIDTH } from '@shared/layout/tree-layout';
import type { NodeKind } from '@shared/model/types';
import { Position, type NodeHandle } from '@xyflow/react';

export interface Size {
  readonly width: number;
  readonly height: number;
}

export const STAKEHOLDER_HEIGHT = 64;

export function nodeSize(kind: NodeKind): Size {
  return kind === 'stakeholder'
    ? { width: NODE_WIDTH, height: STAKEHOLDER_HEIGHT }
    : { width: NODE_WIDTH, height: NODE_HEIGHT };
}

/** The visible connection handles, on the middle of each side. */
export const HANDLE_SIZE = 12;
export type HandleId = 't' | 'b' | 'l' | 'r';
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

/**
 * Which sides an edge leaves and enters by. Cards on different rows join
 * top to bottom, as in an org chart (a report below its manager gets a line
 * from its top to the manager's bottom); cards side by side join their
 * facing sides.
 */
export function facingHandles(
  source: { x: number; y: number },
  sourceSize: Size,
  target: { x: number; y: number },
  targetSize: Size,
): { sourceHandle: HandleId; targetHandle: HandleId } {
  const sourceBottom = source.y + sourceSize.height;
  const targetBottom = target.y + targetSize.height;
  // Rows apart: a gap of at least a third of a card between them, vertically.
  const gap = Math.min(sourceSize.height, targetSize.height) / 3;
  if (targetBottom + gap <= source.y) return { sourceHandle: 't', targetHandle: 'b' };
  if (sourceBottom + gap <= target.y) return { sourceHandle: 'b', targetHandle: 't' };
  const dx = target.x + targetSize.width / 2 - (source.x + sourceSize.width / 2);
  return dx >= 0 ? { sourceHandle: 'r', targetHandle: 'l' } : { sourceHandle: 'l', targetHandle: 'r' };
}
