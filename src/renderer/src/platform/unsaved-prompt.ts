/**
 * The browser's Save / Don't Save / Cancel question, as a promise the web
 * platform awaits and a tiny store the <UnsavedPrompt> modal renders.
 * (In Electron, main asks with a native dialog instead.)
 */
export type UnsavedChoice = 'save' | 'discard' | 'cancel';

export interface PendingPrompt {
  readonly name: string;
  readonly answer: (choice: UnsavedChoice) => void;
}

export interface UnsavedPromptStore {
  ask(name: string): Promise<UnsavedChoice>;
  current(): PendingPrompt | null;
  subscribe(listener: () => void): () => void;
}

function createUnsavedPrompt(): UnsavedPromptStore {
  let pending: PendingPrompt | null = null;
  const listeners = new Set<() => void>();
  const emit = (): void => {
    for (const listener of listeners) listener();
  };
  return {
    ask(name) {
      // A second question while one is open answers the first with Cancel: never two prompts.
      pending?.answer('cancel');
      return new Promise<UnsavedChoice>((resolve) => {
        const prompt: PendingPrompt = {
          name,
          answer: (choice) => {
            if (pending !== prompt) return;
            pending = null;
            emit();
            resolve(choice);
          },
        };
        pending = prompt;
        emit();
      });
    },
    current: () => pending,
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
}

/** The app's one prompt, shared by the web platform and the modal. */
export const unsavedPrompt: UnsavedPromptStore = createUnsavedPrompt();
