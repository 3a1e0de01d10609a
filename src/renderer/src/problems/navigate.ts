/**
 * Going to a problem: select what it is about and bring it into view. Shared
 * by a click on a row and by F8 / Shift+F8, which walk the unwaived problems
 * in panel order (severity, then rule) and wrap around.
 */
import type { ReactFlowInstance } from '@xyflow/react';
import { indexPlan } from '@shared/edit';
import { violationKey } from '@shared/fixes';
import type { Violation } from '@shared/rules/violation';
import { notifyAction } from '../actions/ui';
import { focusProblemAction } from '../actions/problems';
import { nodeSize } from '@shared/view/card-size';
import type { FlowEdge, FlowNode } from '../canvas/flow-types';
import { VIEW_ANIMATION } from '../ui/view-animation';
import type { EditorStore } from '../store/create-store';
import { planViolations } from './violations';

export function focusProblem(
  store: EditorStore,
  flow: ReactFlowInstance<FlowNode, FlowEdge>,
  violation: Violation,
): void {
  const wasOpen = store.getState().ui.problems.open;
  store.getState().dispatch(focusProblemAction, violation);
  // Opening the panel shrinks the canvas: centre once React Flow has its new size.
  if (wasOpen) centreOn(store, flow, violation);
  else
    requestAnimationFrame(() => {
      centreOn(store, flow, violation);
    });
}

function centreOn(store: EditorStore, flow: ReactFlowInstance<FlowNode, FlowEdge>, violation: Violation): void {
  const { nodeById, edgeById } = indexPlan(store.getState().plan);
  const ids = new Set(violation.nodeIds);
  for (const edgeId of violation.edgeIds) {
    const edge = edgeById.get(edgeId);
    if (edge !== undefined) ids.add(edge.source).add(edge.target);
  }
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const id of ids) {
    const node = nodeById.get(id);
    if (node === undefined) continue;
    const { width, height } = nodeSize(node.kind);
    const { x, y } = node.position ?? { x: 0, y: 0 };
    minX = Math.min(minX, x);
    minY = Math.min(minY, y);
    maxX = Math.max(maxX, x + width);
    maxY = Math.max(maxY, y + height);
  }
  if (minX === Infinity) return;
  const zoom = flow.getZoom();
  // One card: centre it without zooming out; several: fit them all, but never zoom in past 100%.
  if (ids.size === 1) {
    void flow.setCenter((minX + maxX) / 2, (minY + maxY) / 2, { ...VIEW_ANIMATION, zoom: Math.max(zoom, 0.9) });
    return;
  }
  void flow.fitBounds(
    { x: minX, y: minY, width: maxX - minX, height: maxY - minY },
    { ...VIEW_ANIMATION, padding: 0.25 },
  );
  // fitBounds may zoom far in on two adjacent cards; cap at 100% once it has moved.
  setTimeout(() => {
    if (flow.getZoom() > 1) void flow.zoomTo(1, VIEW_ANIMATION);
  }, VIEW_ANIMATION.duration + 20);
}

/** F8 (step 1) and Shift+F8 (step -1). */
export function stepProblem(store: EditorStore, flow: ReactFlowInstance<FlowNode, FlowEdge>, step: 1 | -1): void {
  const state = store.getState();
  const list = planViolations(state.plan).filter((v) => v.waived !== true);
  if (list.length === 0) {
    state.dispatch(notifyAction, { tone: 'info', text: 'No problems: the plan follows every enabled rule.' });
    return;
  }
  const active = state.ui.problems.active;
  const at = active === null ? -1 : list.findIndex((v) => violationKey(v) === active);
  const next = at === -1 ? (step === 1 ? 0 : list.length - 1) : (at + step + list.length) % list.length;
  focusProblem(store, flow, list[next] as Violation);
}
