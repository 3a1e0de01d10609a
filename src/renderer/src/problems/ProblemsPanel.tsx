/**
 * The problems panel, docked under the canvas like an IDE's: the Problems
 * tab (list and explanation), the Rules tab (the catalog with this plan's
 * settings) and the Metrics tab (org metrics and their targets, which are
 * rule options). Escape in the panel closes it and hands focus back to the
 * canvas.
 */
import { useCallback, type KeyboardEvent } from 'react';
import { useReactFlow } from '@xyflow/react';
import type { Violation } from '@shared/rules/violation';
import { closeProblemsAction, toggleProblemsAction } from '../actions/problems';
import type { FlowEdge, FlowNode } from '../canvas/flow-types';
import { useCommands } from '../commands/context';
import { titleFor } from '../commands/platform-keys';
import { useEditorStore } from '../store/context';
import { useDispatch, usePlan, useUi } from '../store/hooks';
import { MetricsView } from '../metrics/MetricsView';
import { RulesView } from '../rules/RulesView';
import { PanelTabs } from './PanelTabs';
import { Icon } from '../ui/icons';
import { Explanation } from './Explanation';
import { focusProblem } from './navigate';
import { ProblemsList } from './ProblemsList';
import { findViolation, useViolations, useViolationSummary } from './violations';
import './problems.css';
import './panel.css';

export function ProblemsPanel() {
  const { open, tab, active } = useUi((ui) => ui.problems);
  const store = useEditorStore();
  const flow = useReactFlow<FlowNode, FlowEdge>();
  const dispatch = useDispatch();
  const commands = useCommands();
  const plan = usePlan();
  const violations = useViolations();
  const summary = useViolationSummary();
  const onPick = useCallback(
    (v: Violation) => {
      focusProblem(store, flow, v);
    },
    [store, flow],
  );
  if (!open) return null;
  // Closing gives the canvas its room back: an unmoved view is fitted again to it, as on opening.
  const close = (): void => {
    commands.keepingFit(() => {
      dispatch(closeProblemsAction, undefined);
    });
  };
  const activeViolation = findViolation(plan, active);
  const unwaived = summary.errors + summary.warnings + summary.infos;

  function onKeyDown(event: KeyboardEvent<HTMLElement>): void {
    if (event.key !== 'Escape' || event.defaultPrevented) return;
    event.preventDefault();
    close();
    document.querySelector<HTMLElement>('.op-canvas')?.focus();
  }

  return (
    <section className="op-problems" data-region="problems" aria-label="Problems panel" onKeyDown={onKeyDown}>
      <header className="op-problems__head">
        <PanelTabs
          tab={tab}
          problemCount={unwaived}
          onPick={(next) => {
            if (tab !== next) dispatch(toggleProblemsAction, next);
          }}
        />
        <span className="op-problems__spacer" />
        <button
          type="button"
          className="op-icon-button"
          aria-label="Close the problems panel"
          title={titleFor('problems', 'Close the problems panel')}
          onClick={close}
        >
          <Icon name="close" />
        </button>
      </header>
      {tab === 'problems' && (
        <div className="op-problems__body" role="tabpanel" aria-label="Problems">
          <ProblemsList violations={violations} active={active} onPick={onPick} />
          <Explanation violation={activeViolation} />
        </div>
      )}
      {tab === 'rules' && (
        <div className="op-problems__body" role="tabpanel" aria-label="Rules">
          <RulesView />
        </div>
      )}
      {tab === 'metrics' && (
        <div className="op-problems__body" role="tabpanel" aria-label="Metrics">
          <MetricsView />
        </div>
      )}
    </section>
  );
}
