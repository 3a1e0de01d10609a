/**
 * The problems panel's tabs: Problems, Rules, Metrics. One tab stop; the
 * arrow keys, Home and End move between the tabs and open the one reached
 * (the WAI-ARIA tabs pattern with automatic activation).
 */
import { useRef, type KeyboardEvent } from 'react';
import type { ProblemsUi } from '../store/types';

type Tab = ProblemsUi['tab'];

const TABS: readonly { readonly id: Tab; readonly label: string }[] = [
  { id: 'problems', label: 'Problems' },
  { id: 'rules', label: 'Rules' },
  { id: 'metrics', label: 'Metrics' },
];

export function PanelTabs({
  tab,
  problemCount,
  onPick,
}: {
  readonly tab: Tab;
  readonly problemCount: number;
  readonly onPick: (tab: Tab) => void;
}) {
  const list = useRef<HTMLDivElement>(null);
  function onKeyDown(event: KeyboardEvent<HTMLDivElement>): void {
    const at = TABS.findIndex((t) => t.id === tab);
    const next =
      event.key === 'ArrowRight'
        ? (at + 1) % TABS.length
        : event.key === 'ArrowLeft'
          ? (at - 1 + TABS.length) % TABS.length
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? TABS.length - 1
              : -1;
    const target = TABS[next];
    if (target === undefined) return;
    event.preventDefault();
    onPick(target.id);
    list.current?.querySelectorAll<HTMLElement>('[role="tab"]')[next]?.focus();
  }
  return (
    <div className="op-problems__tabs" role="tablist" aria-label="Problems panel" ref={list} onKeyDown={onKeyDown}>
      {TABS.map((t) => (
        <button
          key={t.id}
          type="button"
          role="tab"
          aria-selected={tab === t.id}
          tabIndex={tab === t.id ? 0 : -1}
          className="op-problems__tab"
          data-tab={t.id}
          onClick={() => {
            onPick(t.id);
          }}
        >
          {t.label}
          {t.id === 'problems' && (
            <>
              {' '}
              <span className="op-problems__count">{problemCount}</span>
            </>
          )}
        </button>
      ))}
    </div>
  );
}
