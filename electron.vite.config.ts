import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import { rendererConfig } from './vite.renderer.mts';

const alias = { '@shared': resolve(__dirname, 'src/shared') };

export default defineConfig(({ mode }) => ({
  main: {
    resolve: { alias },
    // electron-store is ESM-only; bundling it lets the CommonJS main process load it.
    build: { externalizeDeps: { exclude: ['electron-store'] } },
  },
  preload: {
    resolve: { alias },
  },
  // The desktop renderer: the shared renderer build with the Electron platform built in (vite.renderer.mts).
  renderer: rendererConfig('electron', mode),
}));
