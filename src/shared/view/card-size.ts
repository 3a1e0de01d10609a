/**
 * Card sizes and which sides an edge joins. Every card has a fixed size (the
 * layout's cell, smaller for stakeholder pills), so the canvas knows each
 * node's size before it is measured; nodes.css matches these.
 */
import { NODE_HEIGHT, NODE_WIDTH } from '../layout/tree-layout';
import type { NodeKind } from '../model/types';

export interface Size {
  readonly width: number;
  readonly height: number;
}

export const STAKEHOLDER_HEIGHT = 64;

/** The connection handles on the middle of each side of a card. */
export type SideHandleId = 't' | 'b' | 'l' | 'r';

export function nodeSize(kind: NodeKind): Size {
  return kind === 'stakeholder'
    ? { width: NODE_WIDTH, height: STAKEHOLDER_HEIGHT }
    : { width: NODE_WIDTH, height: NODE_HEIGHT };
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
): { sourceHandle: SideHandleId; targetHandle: SideHandleId } {
  const sourceBottom = source.y + sourceSize.height;
  const targetBottom = target.y + targetSize.height;
  // Rows apart: a gap of at least a third of a card between them, vertically.
  const gap = Math.min(sourceSize.height, targetSize.height) / 3;
  if (targetBottom + gap <= source.y) return { sourceHandle: 't', targetHandle: 'b' };
  if (sourceBottom + gap <= target.y) return { sourceHandle: 'b', targetHandle: 't' };
  const dx = target.x + targetSize.width / 2 - (source.x + sourceSize.width / 2);
  return dx >= 0 ? { sourceHandle: 'r', targetHandle: 'l' } : { sourceHandle: 'l', targetHandle: 'r' };
}
