/**
 * The inspector's Fields section: a person's named values (department, e-mail…, often a CSV import's extra columns),
 * each with its name and value editable in place (Enter or leaving the box keeps it, Escape drops the draft), a
 * remove button, and a row to add one. Each change is one undo step; a refused one (a name used twice, over the
 * format's limits) says why in an alert and leaves the field as it was.
 */
import { useId, useRef, useState, type SyntheticEvent } from 'react';
import type { FieldEdit } from '@shared/edit/node-fields-edit';
import { MAX_FIELD_NAME_LENGTH, MAX_FIELD_VALUE_LENGTH, MAX_NODE_FIELDS } from '@shared/model/limits';
import type { PlanNode } from '@shared/model/types';
import { editNodeFieldAction } from '../actions/node-fields';
import { useDispatch } from '../store/hooks';
import { Icon } from '../ui/icons';
import { DraftInput } from './DraftInput';
import { Section } from './fields';
import './node-fields.css';

const NO_FIELDS: Readonly<Record<string, string>> = {};

export function NodeFieldsEditor({ node }: { readonly node: PlanNode }) {
  const dispatch = useDispatch();
  const edit = (fieldEdit: FieldEdit): void => {
    dispatch(editNodeFieldAction, { id: node.id, edit: fieldEdit });
  };
  const entries = Object.entries(node.fields ?? NO_FIELDS);
  return (
    <Section title="Fields">
      {entries.length > 0 && (
        <ul className="op-node-fields">
          {entries.map(([name, value]) => (
            <li key={name} className="op-node-fields__row" data-testid="inspector-field">
              <DraftInput
                className="op-node-fields__name"
                label={`Name of field ${name}`}
                value={name}
                maxLength={MAX_FIELD_NAME_LENGTH}
                onCommit={(to) => {
                  edit({ op: 'rename', name, to });
                }}
              />
              <DraftInput
                className="op-node-fields__value"
                label={name}
                value={value}
                maxLength={MAX_FIELD_VALUE_LENGTH}
                onCommit={(text) => {
                  edit({ op: 'set', name, value: text });
                }}
              />
              <button
                type="button"
                className="op-icon-button op-node-fields__remove"
                aria-label={`Remove field ${name}`}
                title={`Remove field ${name}`}
                onClick={() => {
                  edit({ op: 'remove', name });
                }}
              >
                <Icon name="close" />
              </button>
            </li>
          ))}
        </ul>
      )}
      {entries.length < MAX_NODE_FIELDS ? (
        <AddField onAdd={edit} />
      ) : (
        <p className="op-field__hint">A card holds at most {MAX_NODE_FIELDS} fields.</p>
      )}
    </Section>
  );
}

function AddField({ onAdd }: { readonly onAdd: (edit: FieldEdit) => void }) {
  const id = useId();
  const [name, setName] = useState('');
  const [value, setValue] = useState('');
  const nameRef = useRef<HTMLInputElement>(null);
  function submit(event: SyntheticEvent): void {
    event.preventDefault();
    if (name.trim() === '') {
      nameRef.current?.focus();
      return;
    }
    onAdd({ op: 'set', name, value });
    setName('');
    setValue('');
    nameRef.current?.focus();
  }
  return (
    <form className="op-node-fields__add" onSubmit={submit} aria-labelledby={`${id}-title`}>
      <span id={`${id}-title`} className="op-node-fields__add-title">
        Add a field
      </span>
      <input
        ref={nameRef}
        className="op-node-fields__name"
        aria-label="New field name"
        placeholder="Name, e.g. location"
        value={name}
        maxLength={MAX_FIELD_NAME_LENGTH}
        data-testid="new-field-name"
        onChange={(event) => {
          setName(event.currentTarget.value);
        }}
      />
      <input
        className="op-node-fields__value"
        aria-label="New field value"
        placeholder="Value"
        value={value}
        maxLength={MAX_FIELD_VALUE_LENGTH}
        data-testid="new-field-value"
        onChange={(event) => {
          setValue(event.currentTarget.value);
        }}
      />
      <button type="submit" className="op-button" data-testid="add-field">
        Add
      </button>
    </form>
  );
}
