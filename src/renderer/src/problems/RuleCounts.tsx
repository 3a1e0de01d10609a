/**
 * The status bar's rule summary: the plan's name, then "2 errors · 3 warnings
 * · 1 info" as a button that opens the problems panel. Waived problems are
 * not counted; they are mentioned apart.
 */
import { useCommands } from '../commands/context';
import { titleFor } from '../commands/platform-keys';
import { useEditor, useUi } from '../store/hooks';
import { SeverityIcon } from './SeverityIcon';
import { useViolationSummary } from './violations';
import './problems.css';

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

export function RuleCounts() {
  const summary = useViolationSummary();
  const name = useEditor((s) => s.plan.name?.trim() ?? '');
  const open = useUi((ui) => ui.problems.open && ui.problems.tab === 'problems');
  const commands = useCommands();
  return (
    <span className="op-rule-status">
      <span className="op-rule-status__plan" data-testid="status-plan-name">
        {name === '' ? 'Untitled plan' : name}
      </span>
      <button
        type="button"
        className="op-rule-counts"
        data-testid="rule-counts"
        aria-expanded={open}
        title={titleFor('problems', open ? 'Hide the problems panel' : 'Show the problems panel')}
        onClick={() => {
          // The command, not the bare action: an unmoved view is fitted again to the smaller canvas.
          commands.run('problems');
        }}
      >
        <SeverityIcon severity="error" />
        {plural(summary.errors, 'error')}
        <span aria-hidden="true"> · </span>
        <SeverityIcon severity="warning" />
        {plural(summary.warnings, 'warning')}
        <span aria-hidden="true"> · </span>
        <SeverityIcon severity="info" />
        {summary.infos} info
        {summary.waived > 0 && <span className="op-rule-counts__waived"> ({summary.waived} waived)</span>}
      </button>
    </span>
  );
}
