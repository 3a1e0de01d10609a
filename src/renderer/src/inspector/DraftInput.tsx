/**
 * A one-line box that edits a draft and commits it on Enter or when the focus leaves (one undo step per edit, not
 * per key); Escape drops the draft and leaves the box. Labelled by aria-label where a visible label would repeat.
 */
import { useState, type KeyboardEvent } from 'react';

export function DraftInput({
  label,
  value,
  onCommit,
  className,
  maxLength,
}: {
  readonly label: string;
  readonly value: string;
  readonly onCommit: (value: string) => void;
  readonly className?: string;
  readonly maxLength?: number;
}) {
  const [draft, setDraft] = useState<string | null>(null);
  function commit(): void {
    if (draft !== null && draft !== value) onCommit(draft);
    setDraft(null);
  }
  function onKeyDown(event: KeyboardEvent<HTMLInputElement>): void {
    if (event.key === 'Escape') {
      event.preventDefault();
      setDraft(null);
      const target = event.currentTarget;
      requestAnimationFrame(() => {
        target.blur();
      });
    } else if (event.key === 'Enter') {
      event.preventDefault();
      commit();
    }
  }
  return (
    <input
      type="text"
      className={className}
      aria-label={label}
      title={draft === null ? value : undefined}
      value={draft ?? value}
      maxLength={maxLength}
      onFocus={() => {
        setDraft(value);
      }}
      onChange={(event) => {
        setDraft(event.currentTarget.value);
      }}
      onBlur={commit}
      onKeyDown={onKeyDown}
    />
  );
}
