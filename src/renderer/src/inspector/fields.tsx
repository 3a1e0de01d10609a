/**
 * Inspector fields. A text field edits a draft and commits it when the user
 * presses Enter or leaves the field (one undo step per edit, not per key);
 * Escape restores the value and leaves the field.
 */
import { useId, useState, type KeyboardEvent, type ReactNode } from 'react';

interface TextFieldProps {
  readonly label: string;
  readonly value: string;
  readonly onCommit: (value: string) => void;
  readonly placeholder?: string;
  readonly multiline?: boolean;
  readonly type?: 'text' | 'number';
  readonly hint?: string;
  readonly testId?: string;
}

export function TextField({
  label,
  value,
  onCommit,
  placeholder,
  multiline,
  type = 'text',
  hint,
  testId,
}: TextFieldProps) {
  const id = useId();
  const [draft, setDraft] = useState<string | null>(null);
  const shown = draft ?? value;

  function commit(): void {
    if (draft !== null && draft !== value) onCommit(draft);
    setDraft(null);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement | HTMLTextAreaElement>): void {
    if (event.key === 'Escape') {
      event.preventDefault();
      setDraft(null);
      // Leave the field without committing: the draft is gone before blur runs.
      const target = event.currentTarget;
      requestAnimationFrame(() => {
        target.blur();
      });
    } else if (event.key === 'Enter' && (!multiline || event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      commit();
    }
  }

  const common = {
    id,
    value: shown,
    placeholder,
    'data-testid': testId,
    'aria-describedby': hint === undefined ? undefined : `${id}-hint`,
    onFocus: () => {
      setDraft(value);
    },
    onChange: (event: { currentTarget: { value: string } }) => {
      setDraft(event.currentTarget.value);
    },
    onBlur: commit,
    onKeyDown,
  };
  return (
    <div className="op-field">
      <label htmlFor={id}>{label}</label>
      {multiline === true ? (
        <textarea rows={4} {...common} />
      ) : (
        <input type={type} inputMode={type === 'number' ? 'numeric' : undefined} {...common} />
      )}
      {hint !== undefined && (
        <p className="op-field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
    </div>
  );
}

export function Checkbox({
  label,
  checked,
  onChange,
  hint,
}: {
  readonly label: string;
  readonly checked: boolean;
  readonly onChange: (checked: boolean) => void;
  readonly hint?: string;
}) {
  const id = useId();
  return (
    <div className="op-field op-field--check">
      <input
        id={id}
        type="checkbox"
        checked={checked}
        onChange={(event) => {
          onChange(event.currentTarget.checked);
        }}
      />
      <label htmlFor={id}>{label}</label>
      {hint !== undefined && <p className="op-field__hint">{hint}</p>}
    </div>
  );
}

export interface Choice<T extends string> {
  readonly value: T;
  readonly label: string;
}

/** A row of mutually exclusive buttons (a radio group that reads like a segmented control). */
export function Segmented<T extends string>({
  label,
  value,
  choices,
  onChange,
}: {
  readonly label: string;
  readonly value: T;
  readonly choices: readonly Choice<T>[];
  readonly onChange: (value: T) => void;
}) {
  const name = useId();
  return (
    <fieldset className="op-field op-segmented">
      <legend>{label}</legend>
      <div className="op-segmented__row">
        {choices.map((choice) => (
          <label key={choice.value} className={choice.value === value ? 'is-on' : undefined}>
            <input
              type="radio"
              name={name}
              value={choice.value}
              checked={choice.value === value}
              onChange={() => {
                onChange(choice.value);
              }}
            />
            {choice.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

export function Section({ title, children }: { readonly title: string; readonly children: ReactNode }) {
  return (
    <section className="op-section">
      <h3>{title}</h3>
      {children}
    </section>
  );
}
