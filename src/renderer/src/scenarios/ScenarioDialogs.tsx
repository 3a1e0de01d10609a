/**
 * The switcher's two dialogs: "Rename scenario…" (the name checked as it is typed: non-empty, unlike the other
 * scenarios') and "Delete scenario…" (a confirm naming the scenario; Undo brings it back).
 */
import { useId, useState, type SyntheticEvent } from 'react';
import { renameScenario } from '@shared/scenarios/edit-scenarios';
import { deleteScenarioAction } from '../actions/delete-scenario';
import { renameScenarioAction } from '../actions/rename-scenario';
import { setDialogAction } from '../actions/ui';
import { useDispatch, useEditor } from '../store/hooks';
import { useActiveScenarioId, useScenarioList } from '../store/scenario-hooks';
import { Modal } from '../ui/Modal';

function RenameForm({ onClose }: { readonly onClose: () => void }) {
  const scenarios = useScenarioList();
  const activeId = useActiveScenarioId();
  const dispatch = useDispatch();
  const current = scenarios.find((s) => s.id === activeId)?.name ?? '';
  const [name, setName] = useState(current);
  const id = useId();
  const checked = renameScenario(scenarios, activeId, name);
  const problem = checked.ok ? undefined : checked.message;

  function submit(event: SyntheticEvent): void {
    event.preventDefault();
    if (problem !== undefined) return;
    dispatch(renameScenarioAction, { id: activeId, name });
    onClose();
  }

  return (
    <form onSubmit={submit}>
      <div className="op-field">
        <label htmlFor={id}>Name of the scenario “{current}”</label>
        <input
          id={id}
          type="text"
          autoFocus
          value={name}
          aria-invalid={problem !== undefined}
          aria-describedby={`${id}-hint`}
          onFocus={(event) => {
            event.currentTarget.select();
          }}
          onChange={(event) => {
            setName(event.currentTarget.value);
          }}
        />
        <span
          id={`${id}-hint`}
          className={problem === undefined ? 'op-field__hint' : 'op-field__error'}
          role={problem === undefined ? undefined : 'alert'}
        >
          {problem ?? 'Shown in the switcher and the window title; saved with the plan.'}
        </span>
      </div>
      <div className="op-modal__actions">
        <button type="button" className="op-button" onClick={onClose}>
          Cancel
        </button>
        <button type="submit" className="op-button op-button--primary" disabled={problem !== undefined}>
          Rename
        </button>
      </div>
    </form>
  );
}

function DeleteForm({ onClose }: { readonly onClose: () => void }) {
  const scenarios = useScenarioList();
  const activeId = useActiveScenarioId();
  const dispatch = useDispatch();
  const scenario = scenarios.find((s) => s.id === activeId);
  if (scenario === undefined) return null;
  const last = scenarios.length === 1;

  function submit(event: SyntheticEvent): void {
    event.preventDefault();
    if (last) return;
    dispatch(deleteScenarioAction, activeId);
    onClose();
  }

  return (
    <form onSubmit={submit}>
      <p className="op-modal__note">
        {last
          ? `“${scenario.name}” is the plan's only scenario, and a plan keeps at least one.`
          : `Delete the scenario “${scenario.name}” with its ${scenario.plan.nodes.length.toLocaleString('en')} cards, rule settings and waivers? Undo brings it back.`}
      </p>
      <div className="op-modal__actions">
        <button type="button" className="op-button" onClick={onClose} autoFocus>
          Cancel
        </button>
        {!last && (
          <button type="submit" className="op-button op-button--danger">
            Delete “{scenario.name}”
          </button>
        )}
      </div>
    </form>
  );
}

export function ScenarioDialogs() {
  const dialog = useEditor((s) => s.ui.dialog);
  const dispatch = useDispatch();
  const close = (): void => {
    dispatch(setDialogAction, null);
  };
  return (
    <>
      <Modal open={dialog === 'renameScenario'} title="Rename scenario" onClose={close}>
        {dialog === 'renameScenario' && <RenameForm onClose={close} />}
      </Modal>
      <Modal open={dialog === 'deleteScenario'} title="Delete scenario" onClose={close}>
        {dialog === 'deleteScenario' && <DeleteForm onClose={close} />}
      </Modal>
    </>
  );
}
