/** Line components by type, defined once at module scope so React Flow never re-mounts them. */
import type { EdgeTypes } from '@xyflow/react';
import { CurveLine, RoutedLine, StepLine } from './PlanLine';

export const EDGE_TYPES: EdgeTypes = { step: StepLine, curve: CurveLine, routed: RoutedLine };
