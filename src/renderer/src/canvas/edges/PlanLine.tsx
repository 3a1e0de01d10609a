/**
 * A plan line: React Flow's step or curve path with the plan's arrowheads, a
 * `<title>` naming what it means ("Ana Ruiz reports to Li Wei": the name screen
 * readers announce and the tooltip along the whole line) and, when rules flag
 * it, the severity symbol at its middle.
 *
 * The names are read from the store here rather than written into the edge
 * objects, so renaming a person leaves every edge object as it was and React
 * Flow does not rebuild its edge look-ups (measured at 26 ms per edit at 5,000
 * people: docs/benchmarks.md). The symbol is drawn at a fixed size: React Flow's
 * edge labels measure their text with getBBox, which forces a layout per label.
 */
import { memo } from 'react';
import { BaseEdge, getBezierPath, getSmoothStepPath, type EdgeProps } from '@xyflow/react';
import { describeEdge, indexPlan } from '@shared/edit';
import type { PlanEdge, Position, Severity } from '@shared/model/types';
import type { ProblemMarker } from '../../problems/violations';
import { useEditor } from '../../store/hooks';
import type { FlowEdge } from '../flow-types';
import { lineTitleId } from './line-title-id';

/** Text symbols whose shapes, not only their colours, tell the severities apart. */
const SYMBOL: Readonly<Record<Severity, string>> = { error: '✖', warning: '▲', info: 'ⓘ' };
const SYMBOL_BOX = 18;

/** "Ana Ruiz reports to Li Wei", from the plan as it is now. */
function useLineDescription(edge: PlanEdge): string {
  return useEditor((state) => {
    const { nodeById } = indexPlan(state.plan);
    const source = nodeById.get(edge.source);
    const target = nodeById.get(edge.target);
    return source === undefined || target === undefined ? '' : describeEdge(edge.kind, source, target);
  });
}

function ProblemSymbol({ x, y, marker }: { x: number; y: number; marker: ProblemMarker }) {
  return (
    <g className="op-edge-symbol" data-severity={marker.severity} transform={`translate(${x} ${y})`}>
      <title>{marker.text}</title>
      <rect
        className="op-edge-symbol__bg"
        x={-SYMBOL_BOX / 2}
        y={-SYMBOL_BOX / 2}
        width={SYMBOL_BOX}
        height={SYMBOL_BOX}
        rx={4}
      />
      <text className="op-edge-symbol__text" textAnchor="middle" dominantBaseline="central">
        {SYMBOL[marker.severity]}
      </text>
    </g>
  );
}

interface BodyProps {
  readonly path: string;
  readonly labelX: number;
  readonly labelY: number;
  readonly props: EdgeProps<FlowEdge>;
}

function LineBody({ path, labelX, labelY, props }: BodyProps) {
  const { id, data } = props;
  // React Flow always passes the data we derived; the guard keeps a foreign edge from crashing the canvas.
  const description = useLineDescription(data?.edge ?? FALLBACK_EDGE);
  const marker = data?.marker ?? null;
  return (
    <>
      <title id={lineTitleId(id)}>{marker === null ? description : `${description}\n${marker.text}`}</title>
      <BaseEdge
        id={id}
        path={path}
        {...(props.markerEnd !== undefined && { markerEnd: props.markerEnd })}
        {...(props.interactionWidth !== undefined && { interactionWidth: props.interactionWidth })}
      />
      {marker !== null && <ProblemSymbol x={labelX} y={labelY} marker={marker} />}
    </>
  );
}

const FALLBACK_EDGE: PlanEdge = { id: '', kind: 'reports-to', source: '', target: '' };

/** Solid reporting lines and team membership: right-angled steps, as org charts draw them. */
export const StepLine = memo(function StepLine(props: EdgeProps<FlowEdge>) {
  const [path, labelX, labelY] = getSmoothStepPath(props);
  return <LineBody path={path} labelX={labelX} labelY={labelY} props={props} />;
});

/** The SVG path of a route, and the middle of its middle segment (where a problem symbol sits). */
function routePath(points: readonly Position[]): [string, number, number] {
  const path = points.map((point, i) => `${i === 0 ? 'M' : 'L'}${point.x} ${point.y}`).join(' ');
  const middle = Math.max(1, Math.floor(points.length / 2));
  const a = points[middle - 1] ?? points[0];
  const b = points[middle] ?? a;
  return [path, ((a?.x ?? 0) + (b?.x ?? 0)) / 2, ((a?.y ?? 0) + (b?.y ?? 0)) / 2];
}

/**
 * Any kind of line the router keeps clear of the cards (edges/route-cache.ts): its orthogonal path, with the line
 * kind's own stroke and arrowhead from the stylesheet. Lines without a route are steps or curves, below.
 */
export const RoutedLine = memo(function RoutedLine(props: EdgeProps<FlowEdge>) {
  const [path, labelX, labelY] = routePath(props.data?.route ?? []);
  return <LineBody path={path} labelX={labelX} labelY={labelY} props={props} />;
});

/** Dotted lines and stakeholder engagement: curves, so they read apart from the hierarchy. */
export const CurveLine = memo(function CurveLine(props: EdgeProps<FlowEdge>) {
  const [path, labelX, labelY] = getBezierPath(props);
  return <LineBody path={path} labelX={labelX} labelY={labelY} props={props} />;
});
