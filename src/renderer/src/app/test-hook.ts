/**
 * A tiny read-only window into the editor for the end-to-end tests (web
 * platform only): they drive the UI like a user and read the plan here.
 */
import type { Plan } from '@shared/model/types';
import { loadPlanAction } from '../files/load-plan';
import { parseOpened } from '../platform/open-file';
import type { EditorStore } from '../store/create-store';
import { isDirty } from '../store/slices/document-slice';

export interface OrgPlannerTestHook {
  getPlan(): Plan;
  getSelection(): { nodes: string[]; edges: string[] };
  isDirty(): boolean;
  /**
   * Opens plan JSON as a file would be opened (parseOpened, then loadPlanAction: a new, clean document); throws
   * when the text is not a valid plan. For the browser benchmark. The viewport is left as it is.
   */
  loadPlanText(text: string): void;
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
    loadPlanText: (text: string) => {
      const parsed = parseOpened('benchmark.json', text);
      if (!parsed.ok) throw new Error(parsed.message);
      store.getState().dispatch(loadPlanAction, { plan: parsed.plan, dirty: false });
    },
  });
}
