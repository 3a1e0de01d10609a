/** How rule problems show on lines: a symbol at the middle whose shape says the severity; hover lists the messages. */
import type { Edge } from '@xyflow/react';
import type { Severity } from '@shared/model/types';
import type { ProblemMarker } from '../problems/violations';

/** Text symbols, as an edge label is SVG text: distinct shapes, not only colours. */
const SYMBOL: Readonly<Record<Severity, string>> = { error: '✖', warning: '▲', info: 'ⓘ' };

export function sameMarker(a: ProblemMarker | null, b: ProblemMarker | null): boolean {
  return a === b || (a !== null && b !== null && a.severity === b.severity && a.text === b.text);
}

export function edgeMarkerLabel(
  marker: ProblemMarker,
): Pick<Edge, 'label' | 'labelShowBg' | 'labelBgPadding' | 'labelBgBorderRadius'> {
  return {
    label: (
      <tspan data-severity={marker.severity}>
        <title>{marker.text}</title>
        {SYMBOL[marker.severity]}
      </tspan>
    ),
    labelShowBg: true,
    labelBgPadding: [4, 2],
    labelBgBorderRadius: 4,
  };
}
