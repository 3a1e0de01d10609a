/** Per-card UI flags, each read with its own narrow selector so a change re-renders only the cards it concerns. */
import { useEditor } from '../../store/hooks';

export interface NodeUiState {
  readonly renaming: boolean;
  readonly highlighted: boolean;
  readonly drop: 'ok' | 'bad' | null;
}

export function useNodeUiState(id: string): NodeUiState {
  const renaming = useEditor((s) => s.ui.renamingId === id);
  const highlighted = useEditor((s) => s.ui.highlight?.nodes.has(id) ?? false);
  const drop = useEditor((s) => (s.ui.dropTarget?.targetId === id ? (s.ui.dropTarget.ok ? 'ok' : 'bad') : null));
  return { renaming, highlighted, drop };
}
