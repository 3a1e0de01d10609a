/** The inspector when nothing is selected: the plan itself. */
import { renamePlanAction } from '../actions/rename-plan';
import { useDispatch, useEditor } from '../store/hooks';
import { planCounts } from '../store/plan-selectors';
import { TextField } from './fields';
import { Section } from './fields';

export function PlanInspector() {
  const dispatch = useDispatch();
  const name = useEditor((s) => s.plan.name ?? '');
  const counts = useEditor((s) => planCounts(s.plan));
  return (
    <div className="op-inspector__body">
      <header className="op-inspector__head">
        <div>
          <div className="op-inspector__kind">Nothing selected</div>
          <div className="op-inspector__name">The plan</div>
        </div>
      </header>
      <Section title="Plan">
        <TextField
          label="Plan name"
          value={name}
          placeholder="Untitled plan"
          onCommit={(value) => {
            dispatch(renamePlanAction, value);
          }}
        />
        <dl className="op-counts">
          <dt>Product Managers</dt>
          <dd>{counts.pms}</dd>
          <dt>Product Owners</dt>
          <dd>{counts.pos}</dd>
          <dt>Other people</dt>
          <dd>{counts.people - counts.pms - counts.pos}</dd>
          <dt>Scrum teams</dt>
          <dd>{counts.teams}</dd>
          <dt>Stakeholders</dt>
          <dd>{counts.stakeholders}</dd>
          <dt>Connections</dt>
          <dd>{counts.edges}</dd>
        </dl>
      </Section>
      <Section title="Tips">
        <ul className="op-tips">
          <li>Click a card to edit it here; double-click to rename it in place.</li>
          <li>Shift-click or Shift-drag to select several cards.</li>
          <li>Drop a person onto another to change their manager.</li>
        </ul>
      </Section>
    </div>
  );
}
