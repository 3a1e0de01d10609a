/**
 * One document's draft: the renderer sends the plan whenever it changes while
 * dirty; the keeper writes it about a second after the last change (and at
 * once on `flush`, when the renderer crashes or hangs), and removes it after
 * Save or Don't Save. Writes and removals run one after another, so a slow
 * write can never bring a draft back after it was removed.
 */
import { newDraftId, type DraftStore } from './drafts';

export const DRAFT_DELAY_MS = 1000;

export interface Timers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

const realTimers: Timers = {
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (handle) => {
    clearTimeout(handle as ReturnType<typeof setTimeout>);
  },
};

export class DraftKeeper {
  /** The latest plan text the renderer sent and that is not on disk yet. */
  private pending: string | null = null;
  /** The latest plan text the renderer sent, written or not. */
  private latest: string | null = null;
  private timer: unknown = null;
  private queue: Promise<void> = Promise.resolve();

  constructor(
    private readonly store: DraftStore,
    private readonly documentPath: () => string | null,
    private readonly log: (message: string) => void = () => undefined,
    private readonly timers: Timers = realTimers,
    public id: string = newDraftId(),
    private readonly delayMs = DRAFT_DELAY_MS,
  ) {}

  get latestText(): string | null {
    return this.latest;
  }

  /** A new version of the unsaved plan: written `delayMs` after the last call. */
  update(text: string): void {
    this.pending = text;
    this.latest = text;
    this.cancelTimer();
    this.timer = this.timers.setTimeout(() => {
      this.timer = null;
      void this.flush();
    }, this.delayMs);
  }

  /** Writes the pending text now (crash, hang, quit); resolves when it is on disk. */
  flush(): Promise<void> {
    this.cancelTimer();
    const text = this.pending;
    this.pending = null;
    if (text !== null) {
      this.enqueue(async () => {
        await this.store.write(this.id, this.documentPath(), text);
      });
    }
    return this.queue;
  }

  /** The document was saved or its changes discarded: forget and delete the draft. */
  discard(): Promise<void> {
    this.cancelTimer();
    this.pending = null;
    this.latest = null;
    const id = this.id;
    this.enqueue(() => this.store.remove(id));
    return this.queue;
  }

  /** Continue an existing draft (restored at start-up) instead of a new one. */
  adopt(id: string, text: string): void {
    this.id = id;
    this.latest = text;
  }

  private cancelTimer(): void {
    if (this.timer !== null) this.timers.clearTimeout(this.timer);
    this.timer = null;
  }

  private enqueue(step: () => Promise<void>): void {
    this.queue = this.queue.then(step).catch((error: unknown) => {
      this.log(`drafts: ${String(error)}`);
    });
  }
}
