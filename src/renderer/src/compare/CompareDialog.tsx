/**
 * "Compare with…": what to compare the current plan with. The last saved version (the store's baseline), a plan
 * file read as File › Open reads it (a bad file gets the usual error and nothing changes; a good one never
 * becomes the window's plan), or another scenario of this plan. Keyboard: Tab between the choices, Enter picks,
 * Escape cancels.
 */
import { notifyAction, setDialogAction } from '../actions/ui';
import { usePlatform } from '../platform/context';
import { useDispatch, useIsDirty, useUi } from '../store/hooks';
import { useActiveScenarioId, useScenarioList } from '../store/scenario-hooks';
import { Icon } from '../ui/icons';
import { Modal } from '../ui/Modal';
import { fileCompareSource, openCompareAction } from './compare-state';

export function CompareDialog() {
  const open = useUi((ui) => ui.dialog === 'compare');
  const dirty = useIsDirty();
  const dispatch = useDispatch();
  const platform = usePlatform();
  const activeId = useActiveScenarioId();
  const others = useScenarioList().filter((scenario) => scenario.id !== activeId);
  const close = (): void => {
    dispatch(setDialogAction, null);
  };

  async function compareWithFile(): Promise<void> {
    let result: Awaited<ReturnType<typeof platform.readPlanToCompare>>;
    try {
      result = await platform.readPlanToCompare();
    } catch (error) {
      result = { status: 'failed', message: `Could not read the plan: ${String(error)}` };
    }
    if (result.status === 'canceled') return;
    if (result.status === 'failed') {
      close();
      dispatch(notifyAction, { tone: 'error', text: result.message });
      return;
    }
    dispatch(openCompareAction, fileCompareSource(result.fileName, result.plan));
  }

  return (
    <Modal open={open} title="Compare with…" onClose={close}>
      <p className="op-modal__note">
        The current plan is shown with what changed since the plan you pick: added, removed, renamed, changed and moved
        people, teams and stakeholders, and the problems solved or new.
      </p>
      <div className="op-start op-compare-sources">
        <button
          type="button"
          className="op-start__choice"
          data-testid="compare-saved"
          onClick={() => {
            dispatch(openCompareAction, { kind: 'saved' });
          }}
        >
          <Icon name="undo" size={22} />
          <strong>The last saved version</strong>
          <span>
            {dirty
              ? 'The plan as it was last opened or saved, before the changes not yet saved.'
              : 'The plan has no unsaved changes yet: edit it and the changes show as you make them.'}
          </span>
        </button>
        <button
          type="button"
          className="op-start__choice"
          data-testid="compare-file"
          onClick={() => {
            void compareWithFile();
          }}
        >
          <Icon name="file" size={22} />
          <strong>A plan file…</strong>
          <span>Another plan, or another version of this one: a .json plan or a PNG exported by Org Planner.</span>
        </button>
        {others.map((scenario) => (
          <button
            key={scenario.id}
            type="button"
            className="op-start__choice"
            data-testid={`compare-scenario-${scenario.id}`}
            onClick={() => {
              dispatch(openCompareAction, { kind: 'scenario', id: scenario.id, name: scenario.name });
            }}
          >
            <Icon name="layout" size={22} />
            <strong>The scenario “{scenario.name}”</strong>
            <span>Another scenario of this plan, as it is now.</span>
          </button>
        ))}
      </div>
      <div className="op-modal__actions">
        <button type="button" className="op-button" onClick={close}>
          Cancel
        </button>
      </div>
    </Modal>
  );
}
