/** A stakeholder: a pill, amber for internal and rose for external, with its scope as a badge. */
import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import { displayName } from '@shared/edit';
import type { FlowNode } from '../flow-types';
import { CompareBadge } from '../../compare/CompareBadge';
import { CardMarker } from '../../problems/CardMarker';
import { cx } from '../../ui/cx';
import { Icon } from '../../ui/icons';
import { NodeHandles } from './NodeHandles';
import { RenameField } from './RenameField';
import { useNodeUiState } from './use-node-state';

export const StakeholderNode = memo(function StakeholderNode({ id, data, selected }: NodeProps<FlowNode>) {
  const node = data.node;
  const scope = node.scope ?? 'internal';
  const { renaming, highlighted } = useNodeUiState(id);
  const name = displayName(node);
  return (
    <div
      className={cx('op-pill', `op-pill--${scope}`, selected && 'is-selected', highlighted && 'is-highlighted')}
      data-kind="stakeholder"
    >
      <span className="op-pill__icon">
        <Icon name={scope} size={16} />
      </span>
      <div className="op-pill__body">
        {renaming ? (
          <RenameField id={id} initial={node.name} />
        ) : (
          <div className="op-pill__name" title={name}>
            {name}
          </div>
        )}
        <span className={cx('op-badge', `op-badge--${scope}`)}>{scope} stakeholder</span>
      </div>
      <CardMarker marker={data.marker} />
      <CompareBadge mark={data.compare} />
      <NodeHandles person={false} />
    </div>
  );
});
