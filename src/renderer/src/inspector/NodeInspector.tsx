/** The inspector for one node: its kind, fields and relationships. */
import { describeNode, directReports, indexPlan, managerOf, type NodePatch } from '@shared/edit';
import { isPersonKind, type NodeKind, type PlanNode, type Scope } from '@shared/model/types';
import { updateNodeAction } from '../actions/update-node';
import { selectSubtreeAction } from '../actions/selection';
import { useCommands } from '../commands/context';
import { titleFor } from '../commands/platform-keys';
import { useDispatch, useEditor } from '../store/hooks';
import { Icon, type IconName } from '../ui/icons';
import { CommandButton } from './CommandButton';
import { Checkbox, Section, Segmented, TextField } from './fields';

const KIND_NAMES: Readonly<Record<NodeKind, string>> = {
  pm: 'Product Manager',
  po: 'Product Owner',
  person: 'Person',
  team: 'Scrum team',
  stakeholder: 'Stakeholder',
};

function iconOf(node: PlanNode): IconName {
  if (node.kind === 'stakeholder') return node.scope === 'external' ? 'external' : 'internal';
  return node.kind;
}

function Relations({ node }: { node: PlanNode }) {
  const commands = useCommands();
  const managerNode = useEditor((s) => {
    const managerId = managerOf(s.plan, node.id);
    return managerId === undefined ? undefined : indexPlan(s.plan).nodeById.get(managerId);
  });
  const reportCount = useEditor((s) => directReports(s.plan, node.id).length);
  return (
    <Section title="Reporting">
      <p className="op-relation">
        Reports to:{' '}
        {managerNode === undefined ? (
          <em>nobody</em>
        ) : (
          <button
            type="button"
            className="op-link"
            onClick={() => {
              commands.goToNode(managerNode.id);
            }}
          >
            {describeNode(managerNode)}
          </button>
        )}
      </p>
      <p className="op-relation">Direct reports: {reportCount}</p>
    </Section>
  );
}

export function NodeInspector({ node }: { node: PlanNode }) {
  const dispatch = useDispatch();
  const person = isPersonKind(node.kind);
  const update = (patch: NodePatch): void => {
    dispatch(updateNodeAction, { id: node.id, patch });
  };
  return (
    <div className="op-inspector__body">
      <header className={`op-inspector__head op-tone--${iconOf(node)}`}>
        <span className="op-inspector__icon">
          <Icon name={iconOf(node)} size={18} />
        </span>
        <div>
          <div className="op-inspector__kind">
            {node.kind === 'stakeholder'
              ? `${node.scope === 'external' ? 'External' : 'Internal'} stakeholder`
              : KIND_NAMES[node.kind]}
            {node.vacant === true && ' · open role'}
          </div>
          <div className="op-inspector__name">{describeNode(node)}</div>
        </div>
      </header>
      <Section title="Details">
        {person && (
          <Segmented<'pm' | 'po' | 'person'>
            label="Role"
            value={node.kind as 'pm' | 'po' | 'person'}
            choices={[
              { value: 'pm', label: 'PM' },
              { value: 'po', label: 'PO' },
              { value: 'person', label: 'Other' },
            ]}
            onChange={(kind) => {
              update({ kind });
            }}
          />
        )}
        <TextField
          label="Name"
          value={node.name}
          testId="inspector-name"
          placeholder={node.vacant === true ? 'Open role' : ''}
          onCommit={(name) => {
            update({ name });
          }}
        />
        {person && (
          <>
            <TextField
              label="Title"
              value={node.title ?? ''}
              placeholder="e.g. Senior Product Manager"
              onCommit={(title) => {
                update({ title });
              }}
            />
            <TextField
              label="Level"
              type="number"
              value={node.level === undefined ? '' : String(node.level)}
              hint="Seniority grade: higher is more senior."
              onCommit={(text) => {
                const trimmed = text.trim();
                update({ level: trimmed === '' ? null : Number(trimmed) });
              }}
            />
            <Checkbox
              label="Open role (vacant)"
              checked={node.vacant === true}
              onChange={(vacant) => {
                update({ vacant });
              }}
            />
          </>
        )}
        {node.kind === 'stakeholder' && (
          <Segmented<Scope>
            label="Scope"
            value={node.scope ?? 'internal'}
            choices={[
              { value: 'internal', label: 'Internal' },
              { value: 'external', label: 'External' },
            ]}
            onChange={(scope) => {
              update({ scope });
            }}
          />
        )}
        <TextField
          label="Notes"
          multiline
          value={node.notes ?? ''}
          hint="Ctrl+Enter or leaving the field keeps the notes."
          onCommit={(notes) => {
            update({ notes });
          }}
        />
      </Section>
      {person && <Relations node={node} />}
      <div className="op-inspector__actions">
        <button
          type="button"
          className="op-button"
          title={titleFor('selectSubtree')}
          onClick={() => {
            dispatch(selectSubtreeAction, node.id);
          }}
        >
          <Icon name="subtree" /> Select subtree
        </button>
        <CommandButton command="duplicate" icon="copy">
          Duplicate
        </CommandButton>
        <CommandButton command="delete" icon="trash" danger>
          Delete
        </CommandButton>
      </div>
    </div>
  );
}
