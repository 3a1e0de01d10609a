/**
 * A node of the compared plan that the current plan no longer has, in its old place: the card's outline dashed
 * and faded, with a "Removed" badge. Not part of the plan: it cannot be selected, moved, connected or edited.
 */
import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import { displayName } from '@shared/edit';
import type { FlowNode } from '../canvas/flow-types';
import { KIND_TEXT } from './change-text';
import './compare.css';

export const GhostNode = memo(function GhostNode({ data }: NodeProps<FlowNode>) {
  const node = data.node;
  const name = node.name.trim() === '' && node.vacant === true ? 'Open role' : displayName(node);
  return (
    <div className={`op-ghost op-ghost--${node.kind}`} data-kind={node.kind} data-testid="compare-ghost">
      <span className="op-compare-badges">
        <span className="op-compare-badge op-compare-badge--removed">Removed</span>
      </span>
      <span className="op-ghost__kind">{KIND_TEXT[node.kind]}</span>
      <span className="op-ghost__name" title={name}>
        {name}
      </span>
      {node.title !== undefined && <span className="op-ghost__title">{node.title}</span>}
    </div>
  );
});
