/**
 * "Waive…": accepting one problem with a reason, which the plan keeps (and
 * the file saves). The reason is required; the problem then stays listed,
 * greyed, with it, and no longer counts.
 */
import { useId, useState, type SyntheticEvent } from 'react';
import { cancelWaiveAction } from '../actions/problems';
import { addWaiverAction } from '../actions/rule-edits';
import { Modal } from '../ui/Modal';
import { useDispatch, useEditor } from '../store/hooks';
import { findViolation } from './violations';

function WaiveForm({ onClose }: { readonly onClose: () => void }) {
  const violation = useEditor((s) => findViolation(s.plan, s.ui.waiveKey));
  const dispatch = useDispatch();
  const [reason, setReason] = useState('');
  const [tried, setTried] = useState(false);
  const id = useId();
  const first = violation?.nodeIds[0];
  if (violation === undefined || first === undefined)
    return <p className="op-modal__note">This problem is gone: nothing to waive.</p>;
  const blank = reason.trim() === '';

  function submit(event: SyntheticEvent): void {
    event.preventDefault();
    setTried(true);
    if (blank || violation === undefined || first === undefined) return;
    dispatch(addWaiverAction, { ruleId: violation.ruleId, nodeId: first, reason });
  }

  return (
    <form onSubmit={submit} className="op-waive">
      <p className="op-modal__note">
        <code>{violation.ruleId}</code>: {violation.message}
      </p>
      <div className="op-field">
        <label htmlFor={id}>Why is this acceptable here?</label>
        <textarea
          id={id}
          rows={3}
          autoFocus
          required
          aria-invalid={tried && blank}
          aria-describedby={`${id}-hint`}
          value={reason}
          onChange={(event) => {
            setReason(event.currentTarget.value);
          }}
        />
        <span
          id={`${id}-hint`}
          className={tried && blank ? 'op-field__error' : 'op-field__hint'}
          role={tried && blank ? 'alert' : undefined}
        >
          {tried && blank ? 'A waiver needs a reason.' : 'Saved with the plan, shown beside the problem.'}
        </span>
      </div>
      <div className="op-modal__actions">
        <button type="button" className="op-button" onClick={onClose}>
          Cancel
        </button>
        <button type="submit" className="op-button op-button--primary" disabled={blank}>
          Waive
        </button>
      </div>
    </form>
  );
}

export function WaiveDialog() {
  const open = useEditor((s) => s.ui.dialog === 'waive');
  const dispatch = useDispatch();
  const close = (): void => {
    dispatch(cancelWaiveAction, undefined);
  };
  return (
    <Modal open={open} title="Waive this problem" onClose={close}>
      {open && <WaiveForm onClose={close} />}
    </Modal>
  );
}
