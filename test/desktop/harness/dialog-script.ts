/**
 * Electron's `dialog`, answered from a script the test writes before it acts:
 * which file an Open or Save dialog returns (or Cancel), and which button of a
 * message box is pressed, by its label. Every dialog shown is recorded; one
 * the script did not expect is recorded as a problem and cancelled, so the
 * test fails instead of hanging.
 */
import type { MessageBoxOptions, OpenDialogOptions, SaveDialogOptions } from 'electron';

export type DialogKind = 'open' | 'save' | 'message';

export interface ShownDialog {
  readonly kind: DialogKind;
  /** The message box's message, or the dialog's default path. */
  readonly text: string;
  readonly buttons: readonly string[];
  /** The button pressed (message boxes), or the path returned (null: cancelled). */
  readonly answer: string | null;
}

interface MessageAnswer {
  readonly button: string;
  /** Only a message box whose message matches takes this answer. */
  readonly message: RegExp;
}

/** `dialog.showMessageBox(window, options)` and `dialog.showMessageBox(options)` both exist. */
function optionsOf(first: unknown, second: unknown): unknown {
  return second ?? first;
}

export class DialogScript {
  private readonly openPaths: (string | null)[] = [];
  private readonly savePaths: (string | null)[] = [];
  private readonly messages: MessageAnswer[] = [];
  private readonly waiters: { kind: DialogKind; count: number; resolve: () => void }[] = [];
  readonly shown: ShownDialog[] = [];
  readonly unexpected: string[] = [];

  /** The next Open dialog returns `path` (null: the user cancels). */
  answerOpen(path: string | null): this {
    this.openPaths.push(path);
    return this;
  }

  /** The next Save dialog returns `path` (null: the user cancels). */
  answerSave(path: string | null): this {
    this.savePaths.push(path);
    return this;
  }

  /** The next message box whose message matches presses the button labelled `button`. */
  answerMessage(button: string, message: RegExp = /[\s\S]*/): this {
    this.messages.push({ button, message });
    return this;
  }

  /** Answers the script holds that no dialog has taken yet. */
  get pending(): number {
    return this.openPaths.length + this.savePaths.length + this.messages.length;
  }

  /** Resolves once `count` dialogs of `kind` have been shown in all. */
  whenShown(kind: DialogKind, count = 1): Promise<void> {
    return new Promise((resolve) => {
      this.waiters.push({ kind, count, resolve });
      this.wake();
    });
  }

  private record(dialog: ShownDialog): void {
    this.shown.push(dialog);
    this.wake();
  }

  private wake(): void {
    for (const waiter of [...this.waiters]) {
      if (this.shown.filter((d) => d.kind === waiter.kind).length < waiter.count) continue;
      this.waiters.splice(this.waiters.indexOf(waiter), 1);
      waiter.resolve();
    }
  }

  /** The object the `electron` double exports as `dialog`. */
  readonly module = {
    showOpenDialog: (first: unknown, second?: unknown) => {
      const options = optionsOf(first, second) as OpenDialogOptions;
      const path = this.take(this.openPaths, 'open', options.defaultPath ?? '');
      this.record({ kind: 'open', text: options.defaultPath ?? '', buttons: [], answer: path });
      return Promise.resolve({ canceled: path === null, filePaths: path === null ? [] : [path] });
    },
    showSaveDialog: (first: unknown, second?: unknown) => {
      const options = optionsOf(first, second) as SaveDialogOptions;
      const path = this.take(this.savePaths, 'save', options.defaultPath ?? '');
      this.record({ kind: 'save', text: options.defaultPath ?? '', buttons: [], answer: path });
      return Promise.resolve({ canceled: path === null, filePath: path ?? '' });
    },
    showMessageBox: (first: unknown, second?: unknown) => {
      const options = optionsOf(first, second) as MessageBoxOptions;
      const buttons = options.buttons ?? ['OK'];
      const index = this.messages.findIndex((answer) => answer.message.test(options.message));
      const answer = index === -1 ? undefined : this.messages.splice(index, 1)[0];
      let response = buttons.indexOf(answer?.button ?? '');
      if (answer === undefined || response === -1) {
        this.unexpected.push(
          `message box "${options.message}" [${buttons.join(' / ')}]` +
            (answer === undefined ? ' had no scripted answer' : ` has no button "${answer.button}"`),
        );
        response = options.cancelId ?? buttons.length - 1;
      }
      this.record({ kind: 'message', text: options.message, buttons, answer: buttons[response] ?? null });
      return Promise.resolve({ response, checkboxChecked: false });
    },
  };

  private take(queue: (string | null)[], kind: DialogKind, defaultPath: string): string | null {
    if (queue.length > 0) return queue.shift() ?? null;
    this.unexpected.push(`${kind} dialog (default ${defaultPath}) had no scripted answer`);
    return null;
  }
}
