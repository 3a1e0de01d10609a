/** The status bar: what the plan holds, what the rules say about it, whether it changed. */
import { RuleCounts } from '../problems/RuleCounts';
import { useEditor, useIsDirty, useSettings } from '../store/hooks';
import { planCounts } from '../store/plan-selectors';

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

export function StatusBar() {
  const counts = useEditor((s) => planCounts(s.plan));
  const selected = useEditor((s) => s.selection.nodes.size + s.selection.edges.size);
  const dirty = useIsDirty();
  const snap = useSettings().snapToGrid;
  return (
    <footer className="op-status" aria-label="Status">
      <span className="op-status__counts" data-testid="status-counts">
        {plural(counts.people, 'person', 'people')} ({counts.pms} PM, {counts.pos} PO) · {plural(counts.teams, 'team')}{' '}
        · {plural(counts.stakeholders, 'stakeholder')} · {plural(counts.edges, 'connection')}
      </span>
      {selected > 0 && <span>{selected} selected</span>}
      <span className="op-status__rules" aria-live="polite">
        <RuleCounts />
      </span>
      <span className="op-status__spacer" />
      {snap && <span>Snap to grid</span>}
      <span>{dirty ? 'Changed' : 'No changes'}</span>
      <span className="op-status__tip">Drag to pan · Shift+drag to select · ? for shortcuts</span>
    </footer>
  );
}
