/**
 * Start-up: the platform this build was made for (chosen when it was built:
 * `virtual:org-planner-platform`), the settings, the article's example, render.
 * A platform that cannot run shows PlatformProblem instead of the editor.
 */
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
import './styles/opening.css';
import { templatePlan } from './actions/new-plan';
import { App } from './app/App';
import { DEFAULT_PREFERENCES, type Preferences } from '@shared/settings/preferences';
import { choosePlatform } from 'virtual:org-planner-platform';
import type { Platform } from './platform/platform';
import { PlatformProblem } from './platform/PlatformProblem';
import { installTestHook } from './app/test-hook';
import { createEditorStore, type EditorStore } from './store/create-store';

/** Saves the settings whenever they change. */
function persistSettings(store: EditorStore, platform: Platform): void {
  store.subscribe((state, previous) => {
    if (state.ui.settings !== previous.ui.settings) void platform.saveSettings(state.ui.settings);
  });
}

async function start(): Promise<void> {
  const root = document.getElementById('root');
  if (root === null) return;
  const choice = choosePlatform(window);
  if (!choice.ok) {
    console.error(`Org Planner: ${choice.problem.summary} Missing: ${choice.problem.missing.join(', ')}`);
    createRoot(root).render(<PlatformProblem problem={choice.problem} />);
    return;
  }
  const platform = choice.platform;
  let settings: Preferences;
  try {
    settings = await platform.loadSettings();
  } catch (error) {
    // Unreadable settings must never keep the editor from opening.
    console.warn('Org Planner: settings could not be loaded; using the defaults.', error);
    settings = DEFAULT_PREFERENCES;
  }
  const store = createEditorStore({ plan: templatePlan('example'), settings });
  persistSettings(store, platform);
  if (platform.kind === 'web') installTestHook(window, store);
  createRoot(root).render(
    <StrictMode>
      <App store={store} platform={platform} />
    </StrictMode>,
  );
}

void start();
