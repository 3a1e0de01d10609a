/**
 * One editor window: its document session, its commands to the renderer, and
 * the rules for closing it. Electron's BrowserWindow is behind `WindowHandle`
 * (see create-window.ts), so these rules are tested without Electron.
 */
import type { PlanBytesParser } from '../../node/files/plan-from-bytes';
import { basename } from 'node:path';
import type { AppCommand } from '../../preload/api';
import type { DocumentUi, FlowContext, RecentList } from '../documents/context';
import { DocumentSession, type DocumentView } from '../documents/session';
import { DraftKeeper } from '../recovery/draft-keeper';
import type { DraftStore } from '../recovery/drafts';
import { CommandChannel, OpenRequests } from './command-channel';

export interface WindowHandle extends DocumentView {
  /** BrowserWindow id (menus address windows by it). */
  readonly id: number;
  /** The window's web contents id (IPC events name their sender by it). */
  readonly webContentsId: number;
  send(command: AppCommand): void;
  /** Closes the window; the close event comes back through `closeAttempt`. */
  close(): void;
  reload(): void;
}

export interface AppWindowDeps {
  readonly drafts: DraftStore;
  readonly recent: RecentList;
  readonly ui: DocumentUi;
  readonly log?: (message: string) => void;
  /** Defers the real close until the IPC reply is on its way (setImmediate in the app). */
  readonly defer?: (callback: () => void) => void;
  readonly onCloseCanceled?: () => void;
  /** Milliseconds since the epoch; injected in tests. */
  readonly now?: () => number;
  readonly parsePlanBytes?: PlanBytesParser;
}

/** A renderer that has not answered `close-requested` after this long no longer holds the window open. */
export const CLOSE_ANSWER_TIMEOUT_MS = 3000;

export type RendererHealth = 'ok' | 'hung' | 'gone';

export class AppWindow {
  readonly session: DocumentSession;
  readonly commands: CommandChannel;
  readonly openRequests = new OpenRequests();
  readonly flow: FlowContext;
  private closeConfirmed = false;
  private health: RendererHealth = 'ok';
  /** When `close-requested` was sent and not yet answered by `closeWindow`. */
  private closeRequestedAt: number | null = null;
  private readonly now: () => number;

  constructor(
    readonly handle: WindowHandle,
    deps: AppWindowDeps,
  ) {
    const log = deps.log ?? (() => undefined);
    this.now = deps.now ?? Date.now;
    const defer = deps.defer ?? ((callback: () => void) => setImmediate(callback));
    const draft = new DraftKeeper(deps.drafts, () => this.session.filePath, log);
    this.session = new DocumentSession(handle, draft);
    this.commands = new CommandChannel((command) => {
      handle.send(command);
    });
    this.flow = {
      session: this.session,
      ui: deps.ui,
      recent: deps.recent,
      ...(deps.onCloseCanceled === undefined ? {} : { closeCanceled: deps.onCloseCanceled }),
      ...(deps.parsePlanBytes === undefined ? {} : { parsePlanBytes: deps.parsePlanBytes }),
      closeWindow: () => {
        this.closeConfirmed = true;
        defer(() => {
          handle.close();
        });
      },
    };
  }

  get id(): number {
    return this.handle.id;
  }

  get rendererHealth(): RendererHealth {
    return this.health;
  }

  /**
   * The window is about to close (close button, Close, Quit). Returns true to
   * let it close. With unsaved changes and a live renderer, the close is held
   * and the renderer asked for its text (`close-requested` → `closeWindow`).
   * A crashed, hung or never-started renderer cannot answer: its draft is
   * written and the window closes; the next start offers the draft.
   */
  closeAttempt(): boolean {
    if (this.closeConfirmed || !this.session.dirty) return true;
    const unanswered = this.closeRequestedAt !== null && this.now() - this.closeRequestedAt >= CLOSE_ANSWER_TIMEOUT_MS;
    if (this.health !== 'ok' || !this.commands.ready || unanswered) {
      void this.session.draft.flush();
      return true;
    }
    this.closeRequestedAt ??= this.now();
    this.commands.send({ type: 'close-requested' });
    return false;
  }

  /** The renderer answered `close-requested` (it called `closeWindow`). */
  closeAnswered(): void {
    this.closeRequestedAt = null;
  }

  /** A file main wants opened here (recent list, command line, OS, second launch). */
  requestOpen(path: string): void {
    const { requestId, fileName } = this.openRequests.register(path);
    this.commands.send({ type: 'open-requested', requestId, fileName });
  }

  /** The page subscribed to commands (first load, or a reload after a crash). */
  rendererReady(): void {
    const recovering = this.health === 'gone';
    this.health = 'ok';
    const text = this.session.draft.latestText;
    if (!recovering || !this.session.dirty || text === null) {
      this.commands.markReady();
      return;
    }
    // The page restarted empty: give it back the unsaved plan main kept, before anything else.
    this.session.expectRestoredDocument();
    const fileName = this.session.filePath === null ? null : basename(this.session.filePath);
    this.commands.markReady({ type: 'document-opened', document: { text, fileName, restoredFromDraft: true } });
  }

  /** The renderer process crashed or was killed: keep its work as a draft. */
  rendererGone(): Promise<void> {
    this.health = 'gone';
    this.commands.markGone();
    return this.session.draft.flush();
  }

  rendererUnresponsive(): Promise<void> {
    if (this.health === 'ok') this.health = 'hung';
    return this.session.draft.flush();
  }

  rendererResponsive(): void {
    if (this.health === 'hung') this.health = 'ok';
  }
}
