/**
 * A searchable picker of nodes (the ARIA combobox pattern): type part of a
 * name, title or role, move with the arrow keys, Enter picks, Escape closes.
 * The inspector's "Reports to", "Dotted line to", "Member of" and "Engages"
 * use it, so every line can be made with the keyboard alone.
 */
import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import { describeNode, normalizeForSearch } from '@shared/edit';
import type { PlanNode } from '@shared/model/types';

/** How many matches the list shows: enough to choose from, short enough to read. */
const SHOWN = 8;

/** What a candidate is found by and shown as: "Lena Schmidt (PO) · Product Owner". */
function pickerLabel(node: PlanNode): string {
  return node.title === undefined || node.title === '' ? describeNode(node) : `${describeNode(node)} · ${node.title}`;
}

/** Candidates whose label has the query, those starting with it first; all of them (in order) for an empty query. */
function matching(candidates: readonly PlanNode[], query: string): PlanNode[] {
  const q = normalizeForSearch(query);
  if (q === '') return candidates.slice(0, SHOWN);
  const starts: PlanNode[] = [];
  const inside: PlanNode[] = [];
  for (const node of candidates) {
    const at = normalizeForSearch(pickerLabel(node)).indexOf(q);
    if (at === 0) starts.push(node);
    else if (at > 0) inside.push(node);
    if (starts.length >= SHOWN) break;
  }
  return [...starts, ...inside].slice(0, SHOWN);
}

export interface NodePickerProps {
  readonly label: string;
  readonly placeholder: string;
  readonly candidates: readonly PlanNode[];
  readonly onPick: (id: string) => void;
  readonly testId: string;
}

export function NodePicker({ label, placeholder, candidates, onPick, testId }: NodePickerProps) {
  const id = useId();
  const listId = `${id}-list`;
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const matches = useMemo(() => (open ? matching(candidates, query) : []), [open, candidates, query]);
  const current = matches[Math.min(active, matches.length - 1)];

  function pick(node: PlanNode): void {
    setQuery('');
    setOpen(false);
    setActive(0);
    onPick(node.id);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>): void {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (!open) setOpen(true);
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((a) =>
        matches.length === 0 ? 0 : (Math.min(a, matches.length - 1) + step + matches.length) % matches.length,
      );
    } else if (event.key === 'Enter' && current !== undefined && open) {
      event.preventDefault();
      pick(current);
    } else if (event.key === 'Escape' && open) {
      // Closes the list only; a second Escape leaves the field as in any text field.
      event.preventDefault();
      event.stopPropagation();
      setOpen(false);
    }
  }

  return (
    <div className="op-field op-picker">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="text"
        role="combobox"
        aria-expanded={open && matches.length > 0}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={open && current !== undefined ? `${id}-${current.id}` : undefined}
        autoComplete="off"
        placeholder={placeholder}
        value={query}
        data-testid={testId}
        onChange={(event) => {
          setQuery(event.currentTarget.value);
          setOpen(true);
          setActive(0);
        }}
        onFocus={() => {
          setOpen(true);
        }}
        onBlur={() => {
          setOpen(false);
        }}
        onKeyDown={onKeyDown}
      />
      <ul
        className="op-picker__list"
        id={listId}
        role="listbox"
        aria-label={label}
        hidden={!open || matches.length === 0}
      >
        {matches.map((node) => (
          <li
            key={node.id}
            id={`${id}-${node.id}`}
            role="option"
            aria-selected={node === current}
            className={node === current ? 'is-active' : undefined}
            // Keep the focus in the field: the click picks, the blur would close the list first.
            onMouseDown={(event) => {
              event.preventDefault();
            }}
            onClick={() => {
              pick(node);
            }}
          >
            {pickerLabel(node)}
          </li>
        ))}
      </ul>
      {open && query !== '' && matches.length === 0 && <p className="op-field__hint">No match.</p>}
    </div>
  );
}
