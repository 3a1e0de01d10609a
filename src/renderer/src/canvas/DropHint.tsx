/** While a person is dragged over another person: what dropping there will do. */
import { Panel } from '@xyflow/react';
import { useUi } from '../store/hooks';
import { cx } from '../ui/cx';

export function DropHint() {
  const drop = useUi((ui) => ui.dropTarget);
  if (drop === null) return null;
  return (
    <Panel position="top-center" className={cx('op-drop-hint', drop.ok ? 'is-ok' : 'is-bad')} role="status">
      {drop.ok ? drop.message : `Cannot change the manager here: ${drop.message}`}
    </Panel>
  );
}
