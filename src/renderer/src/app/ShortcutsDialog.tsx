/** Every command and its shortcuts, from the same catalog the keyboard uses. */
import { setDialogAction } from '../actions/ui';
import { shortcutSheet } from '@shared/commands/bindings';
import { formatCombo } from '@shared/commands/keys';
import { IS_MAC } from '../commands/platform-keys';
import { useDispatch, useUi } from '../store/hooks';
import { Modal } from '../ui/Modal';

const SHEET = shortcutSheet();

export function ShortcutsDialog() {
  const open = useUi((ui) => ui.dialog === 'shortcuts');
  const dispatch = useDispatch();
  const close = (): void => {
    dispatch(setDialogAction, null);
  };
  return (
    <Modal open={open} title="Keyboard shortcuts" onClose={close} wide>
      <div className="op-shortcuts">
        {SHEET.map(({ group, rows }) => (
          <section key={group}>
            <h3>{group}</h3>
            <dl>
              {rows.map((row) => (
                <div key={row.id} className="op-shortcuts__row">
                  <dt>{row.label}</dt>
                  <dd>
                    {row.keys.map((spec) => (
                      <kbd key={spec}>{formatCombo(spec, IS_MAC)}</kbd>
                    ))}
                  </dd>
                </div>
              ))}
            </dl>
          </section>
        ))}
        <section>
          <h3>Mouse</h3>
          <dl>
            <div className="op-shortcuts__row">
              <dt>Rename in place</dt>
              <dd>Double-click</dd>
            </div>
            <div className="op-shortcuts__row">
              <dt>Add to the selection</dt>
              <dd>Shift+click</dd>
            </div>
            <div className="op-shortcuts__row">
              <dt>Box select</dt>
              <dd>Shift+drag</dd>
            </div>
            <div className="op-shortcuts__row">
              <dt>Pan</dt>
              <dd>Drag the background</dd>
            </div>
            <div className="op-shortcuts__row">
              <dt>Change someone’s manager</dt>
              <dd>Drop them on the new manager</dd>
            </div>
          </dl>
        </section>
      </div>
      <div className="op-modal__actions">
        <button type="button" className="op-button op-button--primary" onClick={close}>
          Close
        </button>
      </div>
    </Modal>
  );
}
