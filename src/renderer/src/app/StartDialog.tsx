/** "New plan": start from the article's example or from a blank plan. */
import type { Template } from '../actions/new-plan';
import { setDialogAction } from '../actions/ui';
import { useCommands } from '../commands/context';
import { useDispatch, useIsDirty, useUi } from '../store/hooks';
import { Icon } from '../ui/icons';
import { Modal } from '../ui/Modal';

export function StartDialog() {
  const open = useUi((ui) => ui.dialog === 'start');
  const dirty = useIsDirty();
  const dispatch = useDispatch();
  const commands = useCommands();
  const close = (): void => {
    dispatch(setDialogAction, null);
  };
  const start = (template: Template): void => {
    commands.startPlan(template);
  };
  return (
    <Modal open={open} title="Start a new plan" onClose={close}>
      <div className="op-start">
        <button
          type="button"
          className="op-start__choice"
          onClick={() => {
            start('example');
          }}
          data-testid="start-example"
        >
          <Icon name="layout" size={28} />
          <strong>Start from the article’s example</strong>
          <span>
            A CPO, two Product Managers and four Product Owners with their Scrum teams and stakeholders: the org of
            “Product Owner vs Product Manager”, with two mistakes to find.
          </span>
        </button>
        <button
          type="button"
          className="op-start__choice"
          onClick={() => {
            start('blank');
          }}
          data-testid="start-blank"
        >
          <Icon name="plus" size={28} />
          <strong>Blank plan</strong>
          <span>An empty canvas: place PMs, POs, people, teams and stakeholders from the palette.</span>
        </button>
      </div>
      {/* What happens next, said as it happens: unsaved work gets the Save / Don't Save / Cancel question. */}
      <p className="op-modal__note" data-testid="start-note">
        {dirty
          ? 'The current plan has unsaved changes: you will be asked whether to save them first.'
          : 'The new plan replaces the current one, which has no unsaved changes.'}
      </p>
      <div className="op-modal__actions">
        <button type="button" className="op-button" onClick={close}>
          Cancel
        </button>
      </div>
    </Modal>
  );
}
