/**
 * View › Fields on cards…: the field names the plan's people carry (with how many carry each), as checkboxes; up to
 * MAX_CARD_FIELDS are shown on the cards, in the order they were switched on. Each switch is one undoable edit of the
 * plan (`layout.cardFields`), so the cards change at once, behind the dialog.
 */
import { useMemo } from 'react';
import { MAX_CARD_FIELDS } from '@shared/model/limits';
import { fieldNameCounts, toggleCardField } from '@shared/view/card-fields';
import { setCardFieldsAction } from '../actions/card-fields';
import { setDialogAction } from '../actions/ui';
import { useDispatch, useEditor, useUi } from '../store/hooks';
import { Modal } from '../ui/Modal';
import './card-fields.css';

const NO_FIELDS: readonly string[] = [];

export function CardFieldsDialog() {
  const open = useUi((ui) => ui.dialog === 'cardFields');
  const dispatch = useDispatch();
  const close = (): void => {
    dispatch(setDialogAction, null);
  };
  return (
    <Modal open={open} title="Fields on cards" onClose={close}>
      {open && <FieldChoices />}
      <div className="op-modal__actions">
        <button type="button" className="op-button op-button--primary" onClick={close}>
          Done
        </button>
      </div>
    </Modal>
  );
}

function FieldChoices() {
  const dispatch = useDispatch();
  const plan = useEditor((s) => s.plan);
  const chosen = plan.layout?.cardFields ?? NO_FIELDS;
  const counts = useMemo(() => fieldNameCounts(plan), [plan]);
  // A chosen name no node has any more stays listed, so it can be switched off.
  const rows = [
    ...counts,
    ...chosen.filter((name) => !counts.some((row) => row.name === name)).map((name) => ({ name, count: 0 })),
  ];
  const full = chosen.length >= MAX_CARD_FIELDS;
  if (rows.length === 0) {
    return (
      <p className="op-modal__note">
        No one in this plan has fields yet. Columns of an imported CSV (department, location, e-mail…) become fields,
        and the inspector adds them to a person.
      </p>
    );
  }
  return (
    <fieldset className="op-card-fields">
      <legend>
        Show up to {MAX_CARD_FIELDS} fields under each person’s name ({chosen.length} of {MAX_CARD_FIELDS} chosen)
      </legend>
      <ul>
        {rows.map(({ name, count }) => {
          const checked = chosen.includes(name);
          const position = chosen.indexOf(name);
          return (
            <li key={name}>
              <label className={full && !checked ? 'is-disabled' : undefined}>
                <input
                  type="checkbox"
                  checked={checked}
                  disabled={full && !checked}
                  onChange={() => {
                    const next = toggleCardField(chosen, name);
                    if (next !== null) dispatch(setCardFieldsAction, next);
                  }}
                />
                <span className="op-card-fields__name" title={name}>
                  {name}
                </span>
                <span className="op-card-fields__count">
                  {count.toLocaleString('en-US')} {count === 1 ? 'card' : 'cards'}
                  {checked && ` · line ${position + 1}`}
                </span>
              </label>
            </li>
          );
        })}
      </ul>
      {full && <p className="op-modal__note">Switch one off to choose another.</p>}
    </fieldset>
  );
}
