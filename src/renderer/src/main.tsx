/** Start-up: pick the platform, load the settings, open the article's example, render. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@xyflow/react/dist/style.css';
import './styles/tokens.css';
import './styles/app.css';
import './styles/panels.css';
import './styles/inspector.css';
import './styles/overlays.css';
import './styles/canvas.css';
import './styles/nodes.css';
import './styles/files.css';
import { templatePlan } from './actions/new-plan';
import { App } from './app/App';
import { pickPlatform } from './platform/pick-platform';
import { DEFAULT_SETTINGS, type Platform, type Settings } from './platform/platform';
import { installTestHook } from './app/test-hook';
import { createEditorStore, type EditorStore } from './store/create-store';

/** Saves the settings whenever they change. */
function persistSettings(store: EditorStore, platform: Platform): void {
  store.subscribe((state, previous) => {
    if (state.ui.settings !== previous.ui.settings) void platform.saveSettings(state.ui.settings);
  });
}

async function start(): Promise<void> {
  const platform = pickPlatform(window);
  let settings: Settings;
  try {
    settings = await platform.loadSettings();
  } catch (error) {
    // Unreadable settings must never keep the editor from opening.
    console.warn('Org Planner: settings could not be loaded; using the defaults.', error);
    settings = DEFAULT_SETTINGS;
  }
  const store = createEditorStore({ plan: templatePlan('example'), settings });
  persistSettings(store, platform);
  if (platform.kind === 'web') installTestHook(window, store);
  const root = document.getElementById('root');
  if (root === null) return;
  createRoot(root).render(
    <StrictMode>
      <App store={store} platform={platform} />
    </StrictMode>,
  );
}

void start();
