/** The grid nodes snap to when snap-to-grid is on (the canvas's dot grid uses the same step). */
import type { Position } from '@shared/model/types';

export const GRID_SIZE = 20;

export function snapPosition(position: Position, snap: boolean): Position {
  if (!snap) return position;
  return { x: Math.round(position.x / GRID_SIZE) * GRID_SIZE, y: Math.round(position.y / GRID_SIZE) * GRID_SIZE };
}
