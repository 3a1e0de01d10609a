/**
 * The document flows shared by Electron and the browser: New, Open (menu,
 * drop, OS request), Save, Save As, JSON export, CSV import, and main's
 * commands. The platform asks about unsaved work and picks files; this module
 * parses, replaces the plan only when the file is good, and marks it clean
 * after a save.
 */
import { isCommandId, type CommandId } from '@shared/commands/catalog';
import { serializePlan } from '@shared/format/serialize';
import type { Plan } from '@shared/model/types';
import { markSavedAction } from '../actions/document';
import { notifyAction } from '../actions/ui';
import type { AppCommand, OpenedDocument, OpenResult, Platform } from '../platform/platform';
import type { EditorStore } from '../store/create-store';
import { documentOfState } from '../store/scenario-set';
import { importPlanAction } from '../import/import-plan-action';
import { loadPlanAction } from './load-plan';
import { opensInline, openPlanInput, takeHandedOver } from '../platform/plan-open-client';
import { runPlanOpenJob, type PlanOpenResult } from '../platform/plan-open-job';

export interface DocumentFlows {
  /** Asks about unsaved work before a new plan replaces this one; true when the caller may go ahead. */
  confirmNew(): Promise<boolean>;
  open(): Promise<void>;
  openDropped(file: File): Promise<void>;
  save(): Promise<boolean>;
  saveAs(): Promise<boolean>;
  exportJson(): Promise<void>;
  /** A plan built from a CSV becomes a new, unsaved document. */
  importPlan(plan: Plan): Promise<boolean>;
  /** Answers one of main's messages; menu commands go to `runMenu`. */
  handleCommand(command: AppCommand): void;
}

export interface FlowHooks {
  /** After a plan replaced the document: fit it into view. */
  readonly onLoaded: () => void;
  /** A native menu item's catalog command (save, undo, export, view...). */
  readonly runMenu: (command: CommandId) => void;
}

/** An error's own words: Electron prefixes refused IPC calls with "Error invoking remote method '…': ". */
function errorText(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/^Error invoking remote method '[^']*': (\w*Error: )?/, '');
}

export function createDocumentFlows(store: EditorStore, platform: Platform, hooks: FlowHooks): DocumentFlows {
  // Every scenario of the document, not only the one shown.
  const text = (): string => serializePlan(documentOfState(store.getState()));
  const notify = (tone: 'error' | 'info', message: string): void => {
    store.getState().dispatch(notifyAction, { tone, text: message });
  };
  /** Electron's main has already shown its failures in a dialog; the browser's are shown here. */
  const reportFailure = (result: { status: string; message?: string }): void => {
    if (result.status === 'failed' && platform.kind === 'web') notify('error', result.message ?? 'Failed.');
  };

  function apply(document: OpenedDocument, parsed: PlanOpenResult): void {
    if (!parsed.ok) {
      // The open plan is never replaced by a bad file.
      notify('error', parsed.message);
      return;
    }
    const fromImage = document.fromImage === true;
    const fromDrawio = document.fromDrawio === true;
    store
      .getState()
      .dispatch(loadPlanAction, { plan: parsed.plan, dirty: document.restoredFromDraft || fromImage || fromDrawio });
    hooks.onLoaded();
    if (document.restoredFromDraft) notify('info', 'Unsaved changes were recovered. Save them to keep them.');
    else if (fromImage)
      notify('info', 'Opened the plan stored in this image. Save it as a plan file to keep editing it.');
    else if (fromDrawio)
      notify('info', 'Opened the plan drawn in this draw.io diagram. Save it as a plan file to keep editing it.');
    if (document.notice !== undefined) notify('info', document.notice);
  }

  /**
   * Small documents are parsed at once (synchronously); large ones in a worker, so the window stays
   * responsive. The text has been validated already (by main, or by the browser's reader, which hands
   * its plan over), but the window needs its own plan object.
   */
  function load(document: OpenedDocument): Promise<void> {
    const handed = takeHandedOver(document.text);
    if (handed !== undefined) {
      apply(document, { ok: true, plan: handed });
      return Promise.resolve();
    }
    const input = { fileName: document.fileName, text: document.text };
    if (opensInline(input)) {
      apply(document, runPlanOpenJob(input));
      return Promise.resolve();
    }
    // Electron's main has made this file the window's file already: no Cancel half-way (see plan-open-client).
    return openPlanInput(input, false).then((outcome) => {
      if (outcome.status === 'done') apply(document, outcome.result);
    });
  }

  async function finishOpen(pending: Promise<OpenResult>): Promise<void> {
    try {
      const result = await pending;
      if (result.status === 'opened') await load(result.document);
      else reportFailure(result);
    } catch (error) {
      notify('error', `Could not open the plan: ${String(error)}`);
    }
  }

  async function saveWith(method: 'savePlan' | 'savePlanAs'): Promise<boolean> {
    const { plan: saved, scenarios } = store.getState();
    let result: Awaited<ReturnType<Platform['savePlan']>>;
    try {
      result = await platform[method](serializePlan(documentOfState({ plan: saved, scenarios })));
    } catch (error) {
      // A refused IPC call (a plan over the size limit, say) never reached main's dialogs: say so here.
      notify('error', `The plan was not saved: ${errorText(error)}`);
      return false;
    }
    if (result.status !== 'saved') {
      reportFailure(result);
      return false;
    }
    // Mark clean only if nothing changed while the file was being written.
    const now = store.getState();
    if (now.plan === saved && now.scenarios === scenarios) now.dispatch(markSavedAction, undefined);
    return true;
  }

  async function confirmNew(): Promise<boolean> {
    const result = await platform.newPlan(text());
    reportFailure(result);
    return result.status === 'done';
  }

  /**
   * Electron's main opens JSON files only; a PNG with a plan dropped on the window is read here and
   * becomes a new, unsaved plan (main starts an untitled document first, so Save never writes over the image).
   */
  async function openImageAsNew(file: File): Promise<void> {
    const outcome = await openPlanInput({ fileName: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });
    if (outcome.status === 'canceled') return;
    const parsed = outcome.result;
    if (!parsed.ok) {
      notify('error', parsed.message);
      return;
    }
    if (!(await confirmNew())) return;
    store.getState().dispatch(loadPlanAction, { plan: parsed.plan, dirty: true });
    hooks.onLoaded();
  }

  return {
    confirmNew,
    open: () => finishOpen(platform.openPlan(text())),
    openDropped: (file) =>
      platform.kind === 'electron' && /\.png$/i.test(file.name)
        ? openImageAsNew(file)
        : finishOpen(platform.openDroppedFile(file, text())),
    save: () => saveWith('savePlan'),
    saveAs: () => saveWith('savePlanAs'),
    async exportJson() {
      // A copy: neither the current file nor the dirty flag changes.
      try {
        const result = await platform.exportPlanJson(text());
        if (result.status === 'exported') notify('info', `Exported ${result.fileName}.`);
        else reportFailure(result);
      } catch (error) {
        notify('error', `The copy was not written: ${errorText(error)}`);
      }
    },
    async importPlan(plan) {
      if (!(await confirmNew())) return false;
      store.getState().dispatch(importPlanAction, plan);
      hooks.onLoaded();
      return true;
    },
    handleCommand(command) {
      switch (command.type) {
        case 'close-requested':
          // Main asks Save / Don't Save / Cancel itself and closes the window when told `done`.
          // If the answer cannot reach main, the window stays open with its work, and says why.
          platform.closeWindow(text()).catch((error: unknown) => {
            notify('error', `The window was not closed, so your changes are kept: ${errorText(error)}`);
          });
          return;
        case 'open-requested':
          void finishOpen(platform.openRequested(command.requestId, text()));
          return;
        case 'document-opened':
          void load(command.document);
          return;
        case 'menu':
          // The id crossed a process boundary: only catalog commands run.
          if (isCommandId(command.command)) hooks.runMenu(command.command);
      }
    },
  };
}
