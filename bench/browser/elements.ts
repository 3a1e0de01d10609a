/**
 * What the bare page receives: the plan's nodes as default React Flow nodes with the app's card sizes and
 * declared handles, and a view as a centre and zoom.
 */
import { nodeSize } from '@shared/view/card-size';
import type { Plan } from '@shared/model/types';
import type { ViewState } from './page-probes';

export interface BareView {
  readonly centerX: number;
  readonly centerY: number;
  readonly zoom: number;
}

export function toCenter(view: ViewState): BareView {
  return {
    centerX: (view.width / 2 - view.tx) / view.zoom,
    centerY: (view.height / 2 - view.ty) / view.zoom,
    zoom: view.zoom,
  };
}

/**
 * The plan as default React Flow nodes, with the app's card sizes (width, height and measured, as the app
 * passes them) and the default node's two handles declared (top target, bottom source), as the app declares
 * its cards' handles: without them React Flow renders every node once, however many are off screen, to
 * measure its handles (getNodesInside's forceInitialRender), and the comparison would flatter the app.
 */
export function bareElements(plan: Plan): { nodes: unknown[]; edges: unknown[] } {
  return {
    nodes: plan.nodes.map((node) => {
      const { width, height } = nodeSize(node.kind);
      return {
        id: node.id,
        position: node.position ?? { x: 0, y: 0 },
        data: { label: node.name },
        width,
        height,
        measured: { width, height },
        handles: [
          { type: 'target', position: 'top', x: width / 2 - 4, y: -4, width: 8, height: 8 },
          { type: 'source', position: 'bottom', x: width / 2 - 4, y: height - 4, width: 8, height: 8 },
        ],
      };
    }),
    edges: plan.edges.map((edge) => ({ id: edge.id, source: edge.source, target: edge.target })),
  };
}
