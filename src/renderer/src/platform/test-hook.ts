/**
 * A tiny read-only window into the editor for the end-to-end tests (web
 * platform only): they drive the UI like a user and read the plan here.
 */
import type { Plan } from '@shared/model/types';
import type { EditorStore } from '../store/create-store';
import { isDirty } from '../store/slices/document-slice';

export interface OrgPlannerTestHook {
  getPlan(): Plan;
  getSelection(): { nodes: string[]; edges: string[] };
  isDirty(): boolean;
}

declare global {
  interface Window {
    __orgPlannerTest?: OrgPlannerTestHook;
  }
}

export function installTestHook(win: Window, store: EditorStore): void {
  win.__orgPlannerTest = Object.freeze({
    getPlan: () => store.getState().plan,
    getSelection: () => {
      const { nodes, edges } = store.getState().selection;
      return { nodes: [...nodes], edges: [...edges] };
    },
    isDirty: () => isDirty(store.getState()),
  });
}
