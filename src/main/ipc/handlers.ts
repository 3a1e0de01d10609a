/**
 * The IPC handlers, one per bridge method. Each declares the validators of
 * its arguments and the function that serves it; `MainApi`, the type of what
 * main serves, is derived from this table, and contract-check.ts asserts it
 * is exactly the preload's `OrgPlannerInvokeApi`.
 */
import type { OpenResult } from '../../preload/api';
import { closeDocument, newPlan, openPlanPath, openPlanWithDialog } from '../documents/open-flow';
import { exportPlanJson, savePlan, savePlanAs } from '../documents/save-flow';
import { openRuleSetFile, saveRuleSetFile } from '../documents/rule-set-flow';
import { exportImage, importCsv } from '../documents/transfer-flow';
import type { Settings } from '../settings/settings';
import type { AppWindow } from '../window/app-window';
import {
  documentState,
  droppedPlanPath,
  imageExport,
  planText,
  preferencesPatch,
  requestId,
  ruleSetText,
  type Validator,
} from './validators';

export interface AppServices {
  readonly settings: Settings;
}

export interface HandlerContext {
  readonly window: AppWindow;
  readonly app: AppServices;
}

export interface Handler<A extends unknown[], R> {
  readonly validators: { readonly [I in keyof A]: Validator<A[I]> };
  readonly run: (ctx: HandlerContext, ...args: A) => Promise<R>;
}

function handler<A extends unknown[], R>(
  validators: { readonly [I in keyof A]: Validator<A[I]> },
  run: (ctx: HandlerContext, ...args: A) => Promise<R>,
): Handler<A, R> {
  return { validators, run };
}

/** Document flows of one window run one at a time. */
function exclusive<A extends unknown[], R>(run: (ctx: HandlerContext, ...args: A) => Promise<R>) {
  return (ctx: HandlerContext, ...args: A): Promise<R> => ctx.window.session.exclusive(() => run(ctx, ...args));
}

const noArgs: readonly [] = [];

export const handlers = {
  loadSettings: handler(noArgs, (ctx): Promise<unknown> => Promise.resolve(ctx.app.settings.getPreferences())),
  saveSettings: handler([preferencesPatch], (ctx, patch) => {
    ctx.app.settings.updatePreferences(patch);
    return Promise.resolve();
  }),
  setDocumentState: handler([documentState], (ctx, state) => {
    ctx.window.session.setState(state);
    return Promise.resolve();
  }),
  updateDraft: handler([planText], (ctx, text) => {
    ctx.window.session.updateDraft(text);
    return Promise.resolve();
  }),
  newPlan: handler(
    [planText],
    exclusive((ctx, text: string) => newPlan(ctx.window.flow, text)),
  ),
  openPlan: handler(
    [planText],
    exclusive((ctx, text: string) => openPlanWithDialog(ctx.window.flow, text)),
  ),
  openRequested: handler(
    [requestId, planText],
    exclusive((ctx, id: string, text: string): Promise<OpenResult> => {
      const path = ctx.window.openRequests.take(id);
      if (path === undefined) return Promise.resolve({ status: 'failed', message: 'This file request has expired.' });
      return openPlanPath(ctx.window.flow, path, text);
    }),
  ),
  savePlan: handler(
    [planText],
    exclusive((ctx, text: string) => savePlan(ctx.window.flow, text)),
  ),
  savePlanAs: handler(
    [planText],
    exclusive((ctx, text: string) => savePlanAs(ctx.window.flow, text)),
  ),
  closeWindow: handler(
    [planText],
    exclusive((ctx, text: string) => {
      ctx.window.closeAnswered();
      return closeDocument(ctx.window.flow, text);
    }),
  ),
  exportPlanJson: handler(
    [planText],
    exclusive((ctx, text: string) => exportPlanJson(ctx.window.flow, text)),
  ),
  exportImage: handler(
    [imageExport],
    exclusive((ctx, image) => exportImage(ctx.window.flow, image)),
  ),
  importCsv: handler(
    noArgs,
    exclusive((ctx) => importCsv(ctx.window.flow)),
  ),
  openRuleSet: handler(
    noArgs,
    exclusive((ctx) => openRuleSetFile(ctx.window.flow)),
  ),
  saveRuleSet: handler(
    [ruleSetText],
    exclusive((ctx, text: string) => saveRuleSetFile(ctx.window.flow, text)),
  ),
};

/** The preload's own channel for a dropped file (the bridge method takes a File, the preload sends its path). */
export const openDroppedHandler = handler(
  [droppedPlanPath, planText],
  exclusive((ctx, path: string, text: string) => openPlanPath(ctx.window.flow, path, text)),
);

type HandlerTable = typeof handlers;

/** What main serves, derived from the table. */
export type MainApi = {
  [K in keyof HandlerTable]: HandlerTable[K] extends Handler<infer A, infer R> ? (...args: A) => Promise<R> : never;
};
