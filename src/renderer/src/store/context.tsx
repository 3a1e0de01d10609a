/**
 * React access to the editor store: components read it through small named
 * hooks with narrow selectors (hooks.ts), so a change re-renders only what
 * shows it.
 */
import { createContext, useContext, type ReactNode } from 'react';
import type { EditorStore } from './create-store';

const StoreContext = createContext<EditorStore | null>(null);

export function StoreProvider({ store, children }: { store: EditorStore; children: ReactNode }): ReactNode {
  return <StoreContext.Provider value={store}>{children}</StoreContext.Provider>;
}

export function useEditorStore(): EditorStore {
  const store = useContext(StoreContext);
  if (store === null) throw new Error('useEditorStore outside <StoreProvider>');
  return store;
}
