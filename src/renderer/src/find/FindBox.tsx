/**
 * Find (Ctrl/Cmd+F): matches names, titles and fields as you type; Enter or a click
 * centres the view on the hit, selects it and highlights its reporting chain. Each
 * row says who the person reports to and their teams (more where rows would look alike),
 * and the list says how many match in all.
 */
import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import { describeNode, hitContexts, searchNodes, type FindHit, type HitContext } from '@shared/edit';
import { clearHighlightAction } from '../actions/find-node';
import { useCommands } from '../commands/context';
import { titleFor } from '../commands/platform-keys';
import { useDispatch, usePlan } from '../store/hooks';
import { cx } from '../ui/cx';
import { Icon } from '../ui/icons';

const MAX_HITS = 8;
const NO_CONTEXTS: HitContext[] = [];

/** "Intern · reports to Charlotte Cooper › Peacock Margaret · in Checkout · id O-6123". */
function contextLine(hit: FindHit, context: HitContext | undefined): string {
  const parts: string[] = [];
  if (hit.node.title !== undefined) parts.push(hit.node.title);
  if (context?.manager !== undefined) {
    parts.push(`reports to ${context.manager}${context.above === undefined ? '' : ` › ${context.above}`}`);
  }
  if (context !== undefined && context.teams.length > 0) parts.push(`in ${context.teams.join(', ')}`);
  if (context?.id !== undefined) parts.push(`id ${context.id}`);
  return parts.join(' · ');
}

function countLine(shown: number, total: number): string {
  if (total === 1) return '1 match';
  return shown < total
    ? `${shown} of ${total.toLocaleString('en-US')} matches`
    : `${total.toLocaleString('en-US')} matches`;
}

export function FindBox() {
  const commands = useCommands();
  const dispatch = useDispatch();
  const plan = usePlan();
  const listId = useId();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const [open, setOpen] = useState(false);
  const found = useMemo(() => searchNodes(plan, query, MAX_HITS), [plan, query]);
  const hits = found.hits;
  // Without hits there is nothing to describe: hitContexts would still index every reporting line of the plan,
  // and the find box re-renders on every edit.
  const contexts = useMemo(
    () => (found.hits.length === 0 ? NO_CONTEXTS : hitContexts(plan, found.hits)),
    [plan, found],
  );
  const showList = open && query.trim() !== '';

  function go(hit: FindHit | undefined): void {
    if (hit === undefined) return;
    commands.goToNode(hit.node.id);
    setOpen(false);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>): void {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setOpen(true);
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((i) => (hits.length === 0 ? 0 : (i + step + hits.length) % hits.length));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      go(hits[active] ?? hits[0]);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      if (showList) setOpen(false);
      else {
        setQuery('');
        dispatch(clearHighlightAction, undefined);
        event.currentTarget.blur();
      }
    }
  }

  return (
    <div className="op-find" role="search">
      <Icon name="search" />
      <input
        id="op-find-input"
        type="search"
        role="combobox"
        aria-label="Find a person by name, title or field"
        aria-expanded={showList}
        aria-controls={listId}
        aria-activedescendant={showList && hits[active] !== undefined ? `${listId}-${active}` : undefined}
        aria-autocomplete="list"
        placeholder="Find a person…"
        title={titleFor('find')}
        value={query}
        onChange={(event) => {
          setQuery(event.currentTarget.value);
          setActive(0);
          setOpen(true);
          if (event.currentTarget.value === '') dispatch(clearHighlightAction, undefined);
        }}
        onFocus={() => {
          setOpen(true);
        }}
        onBlur={() => {
          setOpen(false);
        }}
        onKeyDown={onKeyDown}
      />
      {showList && (
        <ul className="op-find__list" id={listId} role="listbox" aria-label="Matches">
          {hits.length === 0 && <li className="op-find__none">No one matches “{query.trim()}”</li>}
          {hits.length > 0 && (
            <li className="op-find__none" data-testid="find-count">
              {countLine(hits.length, found.total)}
            </li>
          )}
          {hits.map((hit, i) => {
            const context = contextLine(hit, contexts[i]);
            return (
              <li
                key={hit.node.id}
                id={`${listId}-${i}`}
                role="option"
                aria-selected={i === active}
                className={cx('op-find__hit', i === active && 'is-active')}
                onMouseDown={(event) => {
                  // Keep the focus in the field; the click picks the hit.
                  event.preventDefault();
                  go(hit);
                }}
              >
                <span className="op-find__name">{describeNode(hit.node)}</span>
                {context !== '' && <span className="op-find__title">{context}</span>}
                {hit.field === 'field' && (
                  <span className="op-find__title">
                    {hit.fieldName}: {hit.fieldValue}
                  </span>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
