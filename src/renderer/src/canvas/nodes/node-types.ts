/** Node components by kind, defined once at module scope so React Flow never re-mounts them. */
import type { NodeTypes } from '@xyflow/react';
import { GhostNode } from '../../compare/GhostNode';
import { PersonNode } from './PersonNode';
import { StakeholderNode } from './StakeholderNode';
import { TeamNode } from './TeamNode';

export const NODE_TYPES: NodeTypes = {
  pm: PersonNode,
  po: PersonNode,
  person: PersonNode,
  team: TeamNode,
  stakeholder: StakeholderNode,
  // While comparing: a node the compared plan has and this one no longer does (compare/compare-marks.ts).
  ghost: GhostNode,
};
