/** The line drawn while a connection is dragged: green over a node that accepts it, red over one that refuses. */
import { getBezierPath, type ConnectionLineComponentProps } from '@xyflow/react';
import type { FlowNode } from './flow-types';

export function ConnectionLine({
  fromX,
  fromY,
  toX,
  toY,
  fromPosition,
  toPosition,
  connectionStatus,
}: ConnectionLineComponentProps<FlowNode>) {
  const [path] = getBezierPath({
    sourceX: fromX,
    sourceY: fromY,
    sourcePosition: fromPosition,
    targetX: toX,
    targetY: toY,
    targetPosition: toPosition,
  });
  return (
    <g className={`op-connection-line${connectionStatus === null ? '' : ` is-${connectionStatus}`}`}>
      <path d={path} fill="none" />
      <circle cx={toX} cy={toY} r={4} />
    </g>
  );
}
