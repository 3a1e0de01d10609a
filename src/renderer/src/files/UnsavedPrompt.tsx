/** The browser's Save / Don't Save / Cancel question before New or Open replaces unsaved work. */
import { useSyncExternalStore } from 'react';
import { Modal } from '../ui/Modal';
import { unsavedPrompt } from '../platform/unsaved-prompt';

const subscribe = (listener: () => void): (() => void) => unsavedPrompt.subscribe(listener);
const current = () => unsavedPrompt.current();

export function UnsavedPrompt() {
  const pending = useSyncExternalStore(subscribe, current);
  const answer = (choice: 'save' | 'discard' | 'cancel') => () => {
    pending?.answer(choice);
  };
  return (
    <Modal open={pending !== null} title="Unsaved changes" onClose={answer('cancel')}>
      <p data-testid="unsaved-prompt">
        Do you want to save the changes you made to “{pending?.name}”? Your changes will be lost if you don’t save them.
      </p>
      <div className="op-modal__actions">
        <button type="button" className="op-button" onClick={answer('discard')}>
          Don’t Save
        </button>
        <button type="button" className="op-button" onClick={answer('cancel')}>
          Cancel
        </button>
        <button type="button" className="op-button op-button--primary" onClick={answer('save')}>
          Save
        </button>
      </div>
    </Modal>
  );
}
