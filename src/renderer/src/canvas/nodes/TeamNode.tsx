/** A Scrum team: a container-like card with a header band, its name and who owns its backlog. */
import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import { displayName } from '@shared/edit';
import type { FlowNode } from '../flow-types';
import { CompareBadge } from '../../compare/CompareBadge';
import { CardMarker } from '../../problems/CardMarker';
import { useEditor } from '../../store/hooks';
import { teamSummary } from '../../store/plan-selectors';
import { cx } from '../../ui/cx';
import { Icon } from '../../ui/icons';
import { NodeHandles } from './NodeHandles';
import { RenameField } from './RenameField';
import { useNodeUiState } from './use-node-state';

export const TeamNode = memo(function TeamNode({ id, data, selected }: NodeProps<FlowNode>) {
  const node = data.node;
  const { renaming, highlighted, drop } = useNodeUiState(id);
  const summary = useEditor((s) => teamSummary(s.plan, id));
  const name = displayName(node);
  return (
    <div
      className={cx(
        'op-card',
        'op-card--team',
        selected && 'is-selected',
        highlighted && 'is-highlighted',
        drop === 'bad' && 'is-drop-bad',
      )}
      data-kind="team"
    >
      <div className="op-card__band">
        <Icon name="team" size={14} />
        <span className="op-card__kind">Scrum team</span>
      </div>
      {renaming ? (
        <RenameField id={id} initial={node.name} />
      ) : (
        <div className="op-card__name" title={name}>
          {name}
        </div>
      )}
      <div className="op-card__title" title={summary}>
        {summary}
      </div>
      <CardMarker marker={data.marker} />
      <CompareBadge mark={data.compare} />
      <NodeHandles person={false} />
    </div>
  );
});
