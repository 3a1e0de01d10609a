/** The selection slice: which nodes and edges are selected. Never part of the undo history. */
import type { Plan } from '@shared/model/types';
import { indexPlan } from '@shared/edit';
import type { Selection, SelectionSlice } from '../types';

export const EMPTY_SELECTION: Selection = { nodes: new Set(), edges: new Set() };

export function createSelectionSlice(): SelectionSlice {
  return { selection: EMPTY_SELECTION };
}

export function selectionOf(nodes: Iterable<string> = [], edges: Iterable<string> = []): Selection {
  const n = new Set(nodes);
  const e = new Set(edges);
  return n.size === 0 && e.size === 0 ? EMPTY_SELECTION : { nodes: n, edges: e };
}

export function isEmptySelection(selection: Selection): boolean {
  return selection.nodes.size === 0 && selection.edges.size === 0;
}

/** The selection without ids the plan no longer has (after undo, redo or a delete). */
export function pruneSelection(selection: Selection, plan: Plan): Selection {
  if (isEmptySelection(selection)) return selection;
  const { nodeById, edgeById } = indexPlan(plan);
  const nodes = [...selection.nodes].filter((id) => nodeById.has(id));
  const edges = [...selection.edges].filter((id) => edgeById.has(id));
  if (nodes.length === selection.nodes.size && edges.length === selection.edges.size) return selection;
  return selectionOf(nodes, edges);
}
