/**
 * The renderer's build, shared by its two targets: the desktop build
 * (electron.vite.config.ts → out/renderer, loaded through the app:// protocol
 * with the preload's bridge) and the browser build (vite.web.config.mts →
 * out/web, for `npm run web` and the end-to-end tests). They differ in one
 * module only: `virtual:org-planner-platform`, the platform chosen when the
 * renderer is built, so a desktop build can never run on browser storage.
 */
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import type { UserConfig } from 'vite';

export type RendererTarget = 'electron' | 'web';

export const PLATFORM_MODULE = 'virtual:org-planner-platform';

const here = (path: string): string => fileURLToPath(new URL(path, import.meta.url));

/** The module each target's renderer gets as `virtual:org-planner-platform`. */
export function platformEntry(target: RendererTarget): string {
  return here(`src/renderer/src/platform/choose.${target}.ts`);
}

export function rendererConfig(target: RendererTarget, mode: string): UserConfig {
  return {
    root: here('src/renderer'),
    resolve: {
      alias: { '@shared': here('src/shared'), [PLATFORM_MODULE]: platformEntry(target) },
    },
    plugins: [react()],
    // Relative asset URLs so the same build loads from the app protocol and from a plain static server.
    base: './',
    build: {
      // electron-vite leaves the renderer unminified by default; minified it parses and loads faster.
      // `--mode profile` (the browser bench's CPU profiles) keeps names readable.
      minify: mode !== 'profile',
      // One ~600 kB chunk, read from the disk or from 127.0.0.1: splitting it would buy nothing.
      chunkSizeWarningLimit: 1024,
      rolldownOptions: { input: here('src/renderer/index.html') },
    },
  };
}
