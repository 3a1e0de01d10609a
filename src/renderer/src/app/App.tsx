/** The window: header, palette, canvas, inspector and status bar around one editor store. */
import { ReactFlowProvider } from '@xyflow/react';
import { Canvas } from '../canvas/Canvas';
import { CommandsProvider } from '../commands/context';
import { useShortcuts } from '../commands/use-shortcuts';
import { Inspector } from '../inspector/Inspector';
import { Palette } from '../palette/Palette';
import { PlatformProvider } from '../platform/context';
import type { Platform } from '../platform/platform';
import { StoreProvider } from '../store/context';
import type { EditorStore } from '../store/create-store';
import { Header } from './Header';
import { ShortcutsDialog } from './ShortcutsDialog';
import { StartDialog } from './StartDialog';
import { StatusBar } from './StatusBar';
import { useResolvedTheme } from './theme';
import { Toasts } from './Toasts';

function Shell() {
  useShortcuts();
  const theme = useResolvedTheme();
  return (
    <div className="op-app">
      <Header />
      <Palette />
      <main className="op-main" aria-label="Org chart">
        <Canvas colorMode={theme} />
        <Toasts />
      </main>
      <Inspector />
      <StatusBar />
      <StartDialog />
      <ShortcutsDialog />
    </div>
  );
}

export function App({ store, platform }: { store: EditorStore; platform: Platform }) {
  return (
    <PlatformProvider platform={platform}>
      <StoreProvider store={store}>
        <ReactFlowProvider>
          <CommandsProvider>
            <Shell />
          </CommandsProvider>
        </ReactFlowProvider>
      </StoreProvider>
    </PlatformProvider>
  );
}
