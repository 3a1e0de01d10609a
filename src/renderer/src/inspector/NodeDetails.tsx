/**
 * The node inspector's editable fields: role, name, title, level and vacancy for people, scope for stakeholders,
 * notes; then the node's named fields (a CSV import's extra columns), editable (NodeFieldsEditor).
 */
import type { NodePatch } from '@shared/edit';
import { isPersonKind, type PlanNode, type Scope } from '@shared/model/types';
import { updateNodeAction } from '../actions/update-node';
import { useDispatch } from '../store/hooks';
import { Checkbox, Section, Segmented, TextField } from './fields';
import { NodeFieldsEditor } from './NodeFieldsEditor';

function PersonFields({ node, update }: { node: PlanNode; update: (patch: NodePatch) => void }) {
  return (
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
  );
}

export function NodeDetails({ node }: { node: PlanNode }) {
  const dispatch = useDispatch();
  const person = isPersonKind(node.kind);
  const update = (patch: NodePatch): void => {
    dispatch(updateNodeAction, { id: node.id, patch });
  };
  return (
    <>
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
        {person && <PersonFields node={node} update={update} />}
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
      <NodeFieldsEditor node={node} />
    </>
  );
}
