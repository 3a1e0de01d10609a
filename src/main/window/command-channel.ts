/**
 * Main → renderer commands for one window. Until the page subscribes (the
 * preload tells main on the first `onCommand`), commands wait in a short
 * queue, so a file opened from the command line is not lost while React starts.
 */
import { randomBytes } from 'node:crypto';
import { basename } from 'node:path';
import { isCommandId } from '@shared/commands/catalog';
import type { AppCommand } from '../../preload/api';

const MAX_QUEUED = 64;

export class CommandChannel {
  private queue: AppCommand[] = [];
  private subscribed = false;

  constructor(private readonly deliver: (command: AppCommand) => void) {}

  get ready(): boolean {
    return this.subscribed;
  }

  send(command: AppCommand): void {
    // Menu commands are catalog ids; the renderer checks them again on arrival.
    if (command.type === 'menu' && !isCommandId(command.command))
      throw new Error(`Not a catalog command: ${String(command.command)}`);
    if (this.subscribed) {
      this.deliver(command);
      return;
    }
    this.queue.push(command);
    if (this.queue.length > MAX_QUEUED) this.queue.shift();
  }

  /** The page subscribed: deliver `first` (if any), then what waited, in order. */
  markReady(first?: AppCommand): void {
    this.subscribed = true;
    const waiting = first === undefined ? this.queue : [first, ...this.queue];
    this.queue = [];
    for (const command of waiting) this.deliver(command);
  }

  /** The page went away (crash, reload): hold commands until it subscribes again. */
  markGone(): void {
    this.subscribed = false;
  }
}

/**
 * Files main wants the window to open, by one-time token: the renderer answers
 * `open-requested` with the token (and its unsaved text), never with a path.
 */
export class OpenRequests {
  private readonly pending = new Map<string, string>();

  register(path: string): { requestId: string; fileName: string } {
    const requestId = randomBytes(16).toString('hex');
    this.pending.set(requestId, path);
    if (this.pending.size > 32) {
      const oldest = this.pending.keys().next().value;
      if (oldest !== undefined) this.pending.delete(oldest);
    }
    return { requestId, fileName: basename(path) };
  }

  /** The path behind a token, once; undefined for an unknown or used token. */
  take(requestId: string): string | undefined {
    const path = this.pending.get(requestId);
    this.pending.delete(requestId);
    return path;
  }
}
