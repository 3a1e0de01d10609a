/** The inspector for one connection: what it means, and solid ↔ dotted for a line between two people. */
import { describeEdge, describeNode, endpointProblem, indexPlan } from '@shared/edit';
import { isPersonKind, type PlanEdge } from '@shared/model/types';
import { setEdgeKindAction } from '../actions/set-edge-kind';
import { useCommands } from '../commands/context';
import { titleFor } from '../commands/platform-keys';
import { useDispatch, useEditor } from '../store/hooks';
import { CommandButton } from './CommandButton';
import { Section, Segmented } from './fields';

const EDGE_NAMES = {
  'reports-to': 'Reporting line',
  'dotted-line': 'Dotted reporting line',
  'member-of': 'Team membership',
  engages: 'Stakeholder relationship',
} as const;

export function EdgeInspector({ edge }: { edge: PlanEdge }) {
  const dispatch = useDispatch();
  const commands = useCommands();
  const source = useEditor((s) => indexPlan(s.plan).nodeById.get(edge.source));
  const target = useEditor((s) => indexPlan(s.plan).nodeById.get(edge.target));
  if (source === undefined || target === undefined) return null;
  const betweenPeople = isPersonKind(source.kind) && isPersonKind(target.kind);
  const problem = endpointProblem(edge.kind, source, target);
  return (
    <div className="op-inspector__body">
      <header className="op-inspector__head">
        <div>
          <div className="op-inspector__kind">{EDGE_NAMES[edge.kind]}</div>
          <div className="op-inspector__name">{describeEdge(edge.kind, source, target)}</div>
        </div>
      </header>
      {problem !== null && <p className="op-warning">{problem}</p>}
      <Section title="Ends">
        <p className="op-relation">
          From:{' '}
          <button
            type="button"
            className="op-link"
            onClick={() => {
              commands.goToNode(source.id);
            }}
          >
            {describeNode(source)}
          </button>
        </p>
        <p className="op-relation">
          To:{' '}
          <button
            type="button"
            className="op-link"
            onClick={() => {
              commands.goToNode(target.id);
            }}
          >
            {describeNode(target)}
          </button>
        </p>
      </Section>
      {betweenPeople && (edge.kind === 'reports-to' || edge.kind === 'dotted-line') && (
        <Section title="Kind of line">
          <Segmented<'reports-to' | 'dotted-line'>
            label={`Line kind (${titleFor('toggleDotted', 'switch')})`}
            value={edge.kind}
            choices={[
              { value: 'reports-to', label: 'Solid: manager' },
              { value: 'dotted-line', label: 'Dotted line' },
            ]}
            onChange={(kind) => {
              dispatch(setEdgeKindAction, { id: edge.id, kind });
            }}
          />
          <p className="op-field__hint">
            A dotted line is a secondary manager (matrix organisation): it never counts as a second manager.
          </p>
        </Section>
      )}
      <div className="op-inspector__actions">
        <CommandButton command="delete" icon="trash" danger>
          Delete connection
        </CommandButton>
      </div>
    </div>
  );
}
