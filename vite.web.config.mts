/**
 * The browser build of the editor (`npm run build:web` → out/web): the same
 * renderer as the desktop app with the web platform built in (files through
 * the browser's open and download, settings and drafts in browser storage).
 * `npm run web` serves it on 127.0.0.1; the end-to-end tests load it.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { rendererConfig } from './vite.renderer.mts';

export const WEB_OUT_DIR = fileURLToPath(new URL('./out/web', import.meta.url));

/** Open a browser tab where there is a desktop to open it on: not in CI, not on a Linux box without a display. */
function canOpenBrowser(): boolean {
  if (process.env.CI !== undefined) return false;
  if (process.platform !== 'linux') return true;
  return process.env.DISPLAY !== undefined || process.env.WAYLAND_DISPLAY !== undefined;
}

export default defineConfig(({ mode }) => {
  const config = rendererConfig('web', mode);
  return {
    ...config,
    build: { ...config.build, outDir: WEB_OUT_DIR, emptyOutDir: true },
    // `npm run web`: local only, never on the network, and the URL printed for the user.
    preview: { host: '127.0.0.1', port: 4173, strictPort: false, open: canOpenBrowser() },
  };
});
