/** The window: header, palette, canvas, inspector and status bar around one editor store. */
import { ReactFlowProvider } from '@xyflow/react';
import { Canvas } from '../canvas/Canvas';
import { CompareDialog } from '../compare/CompareDialog';
import { ComparePanel } from '../compare/ComparePanel';
import { CardFieldsDialog } from '../card-fields/CardFieldsDialog';
import { useShortcuts } from '../commands/use-shortcuts';
import { ExportDialog } from '../export/ExportDialog';
import { UnsavedPrompt } from '../files/UnsavedPrompt';
import { useDesktopIntegration } from '../files/use-desktop';
import { CsvImportDialog } from '../import/CsvImportDialog';
import { Inspector } from '../inspector/Inspector';
import { Palette } from '../palette/Palette';
import { ProblemsPanel } from '../problems/ProblemsPanel';
import { WaiveDialog } from '../problems/WaiveDialog';
import { PlatformProvider } from '../platform/context';
import type { Platform } from '../platform/platform';
import { StoreProvider } from '../store/context';
import type { EditorStore } from '../store/create-store';
import { EditorCommands } from './EditorCommands';
import { Header } from './Header';
import { cx } from '../ui/cx';
import { ShortcutsDialog } from './ShortcutsDialog';
import { SidePanelToggle, useSidePanelOpen } from './SidePanels';
import { StartDialog } from './StartDialog';
import { StatusBar } from './StatusBar';
import { useResolvedTheme } from './theme';
import { Toasts } from './Toasts';
import { OpeningProgress } from '../files/OpeningProgress';

function Shell() {
  useShortcuts();
  useDesktopIntegration();
  const theme = useResolvedTheme();
  const paletteOpen = useSidePanelOpen('palette');
  const inspectorOpen = useSidePanelOpen('inspector');
  return (
    <div className={cx('op-app', !paletteOpen && 'is-palette-folded', !inspectorOpen && 'is-inspector-folded')}>
      <Header />
      {/* Each toggle comes before its panel, so Tab and Shift+Tab from the canvas land in the panel itself. */}
      <SidePanelToggle id="palette" />
      {paletteOpen && <Palette />}
      <main className="op-main" aria-label="Org chart">
        <Canvas colorMode={theme} />
        <ComparePanel />
        <Toasts />
        <OpeningProgress />
      </main>
      <ProblemsPanel />
      <SidePanelToggle id="inspector" />
      {inspectorOpen && <Inspector />}
      <StatusBar />
      <StartDialog />
      <ShortcutsDialog />
      <CardFieldsDialog />
      <WaiveDialog />
      <ExportDialog />
      <CsvImportDialog />
      <CompareDialog />
      <UnsavedPrompt />
    </div>
  );
}

export function App({ store, platform }: { store: EditorStore; platform: Platform }) {
  return (
    <PlatformProvider platform={platform}>
      <StoreProvider store={store}>
        <ReactFlowProvider>
          <EditorCommands>
            <Shell />
          </EditorCommands>
        </ReactFlowProvider>
      </StoreProvider>
    </PlatformProvider>
  );
}
