/**
 * Per-card UI flags from one store subscription per card: a number with a bit per flag, so a change re-renders
 * only the cards whose flags changed, and a card costs one selector run per store update instead of three.
 */
import { useEditor } from '../../store/hooks';

export interface NodeUiState {
  readonly renaming: boolean;
  readonly highlighted: boolean;
  readonly drop: 'ok' | 'bad' | null;
}

const RENAMING = 1;
const HIGHLIGHTED = 2;
const DROP_OK = 4;
const DROP_BAD = 8;

export function useNodeUiState(id: string): NodeUiState {
  const flags = useEditor((s) => {
    const { renamingId, highlight, dropTarget } = s.ui;
    let bits = renamingId === id ? RENAMING : 0;
    if (highlight?.nodes.has(id) === true) bits |= HIGHLIGHTED;
    if (dropTarget?.targetId === id) bits |= dropTarget.ok ? DROP_OK : DROP_BAD;
    return bits;
  });
  return {
    renaming: (flags & RENAMING) !== 0,
    highlighted: (flags & HIGHLIGHTED) !== 0,
    drop: (flags & DROP_OK) !== 0 ? 'ok' : (flags & DROP_BAD) !== 0 ? 'bad' : null,
  };
}
