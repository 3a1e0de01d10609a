/** Test doubles for the document flows: scripted dialogs, a window view, real temp folders. */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serializePlan } from '@shared/format/serialize';
import { emptyPlan, type Plan } from '@shared/model/types';
import type { AppCommand } from '../../../src/preload/api';
import type { DocumentUi, FlowContext, OpenKind, SaveKind, UnsavedAnswer } from '../../../src/main/documents/context';
import { DocumentSession, type DocumentView } from '../../../src/main/documents/session';
import { DraftKeeper } from '../../../src/main/recovery/draft-keeper';
import { DraftStore } from '../../../src/main/recovery/drafts';
import type { WindowHandle } from '../../../src/main/window/app-window';

export async function tempFolder(prefix = 'org-planner-main-'): Promise<{ path: string; remove: () => Promise<void> }> {
  const path = await mkdtemp(join(tmpdir(), prefix));
  return { path, remove: () => rm(path, { recursive: true, force: true }) };
}

export function planText(name: string, people: string[] = ['Ada']): string {
  const plan: Plan = {
    ...emptyPlan(name),
    nodes: people.map((person, index) => ({ id: `n${index + 1}`, kind: 'person' as const, name: person })),
  };
  return serializePlan(plan);
}

export class FakeView implements DocumentView {
  title = '';
  edited = false;
  represented = '';
  setTitle(title: string): void {
    this.title = title;
  }
  setDocumentEdited(edited: boolean): void {
    this.edited = edited;
  }
  setRepresentedFilename(path: string): void {
    this.represented = path;
  }
}

/** Answers questions and dialogs from scripted values; records what was asked. */
export class FakeUi implements DocumentUi {
  unsavedAnswer: UnsavedAnswer = 'cancel';
  overwriteAnswer: 'overwrite' | 'cancel' = 'cancel';
  replaceAnswer: 'replace' | 'cancel' = 'cancel';
  openPath: string | null = null;
  savePath: string | null = null;
  readonly asked: string[] = [];
  readonly errors: { title: string; message: string; detail: string | undefined }[] = [];
  readonly saveDialogs: { kind: SaveKind; defaultName: string }[] = [];

  askUnsavedChanges(documentName: string): Promise<UnsavedAnswer> {
    this.asked.push(`unsaved:${documentName}`);
    return Promise.resolve(this.unsavedAnswer);
  }
  askOverwriteChanged(filePath: string): Promise<'overwrite' | 'cancel'> {
    this.asked.push(`changed:${filePath}`);
    return Promise.resolve(this.overwriteAnswer);
  }
  askReplaceExisting(filePath: string): Promise<'replace' | 'cancel'> {
    this.asked.push(`replace:${filePath}`);
    return Promise.resolve(this.replaceAnswer);
  }
  showError(title: string, message: string, detail?: string): Promise<void> {
    this.errors.push({ title, message, detail });
    return Promise.resolve();
  }
  pickOpenPath(kind: OpenKind): Promise<string | null> {
    this.asked.push(`open:${kind}`);
    return Promise.resolve(this.openPath);
  }
  pickSavePath(kind: SaveKind, defaultName: string): Promise<string | null> {
    this.saveDialogs.push({ kind, defaultName });
    return Promise.resolve(this.savePath);
  }
}

export class FakeRecent {
  readonly files: string[] = [];
  add(filePath: string): void {
    this.files.unshift(filePath);
  }
  remove(filePath: string): void {
    const index = this.files.indexOf(filePath);
    if (index >= 0) this.files.splice(index, 1);
  }
}

export interface Harness {
  readonly ctx: FlowContext;
  readonly ui: FakeUi;
  readonly view: FakeView;
  readonly recent: FakeRecent;
  readonly drafts: DraftStore;
  readonly session: DocumentSession;
  closed: number;
  canceledCloses: number;
}

export function harness(folder: string, hooks?: FlowContext['writeHooks']): Harness {
  const ui = new FakeUi();
  const view = new FakeView();
  const recent = new FakeRecent();
  const drafts = new DraftStore(join(folder, 'drafts'));
  let session: DocumentSession | undefined = undefined;
  const keeper = new DraftKeeper(drafts, () => session?.filePath ?? null);
  session = new DocumentSession(view, keeper);
  const h: Harness = {
    ui,
    view,
    recent,
    drafts,
    session,
    closed: 0,
    canceledCloses: 0,
    ctx: {
      session,
      ui,
      recent,
      closeWindow: () => {
        h.closed++;
      },
      closeCanceled: () => {
        h.canceledCloses++;
      },
      ...(hooks === undefined ? {} : { writeHooks: hooks }),
    },
  };
  return h;
}

export class FakeHandle implements WindowHandle {
  readonly sent: AppCommand[] = [];
  readonly view = new FakeView();
  closes = 0;
  reloads = 0;
  constructor(
    readonly id = 1,
    readonly webContentsId = 101,
  ) {}
  setTitle(title: string): void {
    this.view.setTitle(title);
  }
  setDocumentEdited(edited: boolean): void {
    this.view.setDocumentEdited(edited);
  }
  setRepresentedFilename(path: string): void {
    this.view.setRepresentedFilename(path);
  }
  send(command: AppCommand): void {
    this.sent.push(command);
  }
  close(): void {
    this.closes++;
  }
  reload(): void {
    this.reloads++;
  }
}
