/**
 * A PM, PO or other person: coloured stripe, icon and kind label, name, title and level; open roles dashed. With
 * fields chosen for the cards, the title moves up beside the kind label to make room for them under the name (the
 * card keeps its size, which every layout relies on).
 */
import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import { displayName } from '@shared/edit';
import type { FlowNode } from '../flow-types';
import { CompareBadge } from '../../compare/CompareBadge';
import { CardMarker } from '../../problems/CardMarker';
import { cx } from '../../ui/cx';
import { Icon } from '../../ui/icons';
import { CardFields, useCardFieldLines } from './CardFields';
import { CollapseToggle } from './CollapseToggle';
import { NodeHandles } from './NodeHandles';
import { RenameField } from './RenameField';
import { useNodeUiState } from './use-node-state';

const KIND_TEXT = { pm: 'PM', po: 'PO', person: 'Person' } as const;

export const PersonNode = memo(function PersonNode({ id, data, selected }: NodeProps<FlowNode>) {
  const node = data.node;
  const kind = node.kind === 'pm' || node.kind === 'po' ? node.kind : 'person';
  const vacant = node.vacant === true;
  const { renaming, highlighted, drop } = useNodeUiState(id);
  const name = node.name.trim() === '' && vacant ? 'Open role' : displayName(node);
  const fields = useCardFieldLines(node);
  const withFields = fields.length > 0;
  return (
    <div
      className={cx(
        'op-card',
        `op-card--${kind}`,
        vacant && 'is-vacant',
        withFields && 'has-fields',
        selected && 'is-selected',
        highlighted && 'is-highlighted',
        drop === 'ok' && 'is-drop-ok',
        drop === 'bad' && 'is-drop-bad',
      )}
      data-kind={kind}
    >
      <div className="op-card__head">
        <span className="op-card__icon">
          <Icon name={kind} size={14} />
        </span>
        <span className="op-card__kind">{KIND_TEXT[kind]}</span>
        {withFields && node.title !== undefined && (
          <span className="op-card__head-title" title={node.title}>
            {node.title}
          </span>
        )}
        {node.level !== undefined && <span className="op-card__level">Level {node.level}</span>}
        {vacant && <span className="op-badge op-badge--open">Open role</span>}
      </div>
      {renaming ? (
        <RenameField id={id} initial={node.name} />
      ) : (
        <div className="op-card__name" title={name}>
          {name}
        </div>
      )}
      {withFields ? (
        <CardFields lines={fields} />
      ) : (
        <div className="op-card__title" title={node.title}>
          {node.title ?? '\u00a0'}
        </div>
      )}
      <CardMarker marker={data.marker} />
      <CompareBadge mark={data.compare} />
      <CollapseToggle id={id} />
      <NodeHandles person />
    </div>
  );
});
