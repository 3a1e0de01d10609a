/** Renaming in place on the card: Enter or leaving the field keeps the name, Escape cancels. */
import { useRef, useState, type KeyboardEvent } from 'react';
import { finishRenameAction } from '../../actions/finish-rename';
import { useDispatch } from '../../store/hooks';

export function RenameField({ id, initial }: { id: string; initial: string }) {
  const dispatch = useDispatch();
  const [value, setValue] = useState(initial);
  const finished = useRef(false);

  function finish(commit: boolean, input: HTMLInputElement, refocus: boolean): void {
    if (finished.current) return;
    finished.current = true;
    // Give the focus back to the card so the keyboard keeps working on the canvas.
    const card = input.closest<HTMLElement>('.react-flow__node');
    dispatch(finishRenameAction, { id, name: commit && value !== initial ? value : null });
    // Focus once React has committed (its render was queued first): focusing lays the page out, and done now it
    // would lay out the old page only for the frame to lay out the new one again.
    if (refocus && card !== null)
      queueMicrotask(() => {
        card.focus();
      });
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>): void {
    event.stopPropagation();
    if (event.key === 'Enter') finish(true, event.currentTarget, true);
    else if (event.key === 'Escape') finish(false, event.currentTarget, true);
  }

  return (
    <input
      className="op-rename nodrag nopan nowheel"
      aria-label="Name"
      value={value}
      autoFocus
      onFocus={(event) => {
        event.currentTarget.select();
      }}
      onChange={(event) => {
        setValue(event.currentTarget.value);
      }}
      onKeyDown={onKeyDown}
      onBlur={(event) => {
        finish(true, event.currentTarget, false);
      }}
    />
  );
}
