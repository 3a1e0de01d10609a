import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';

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
  renderer: {
    root: resolve(__dirname, 'src/renderer'),
    resolve: { alias },
    plugins: [react()],
    // Relative asset URLs so the same build loads from the app protocol and from a plain static server in tests.
    base: './',
    build: {
      // electron-vite leaves the renderer unminified by default; minified it parses and loads faster.
      // `--mode profile` (the browser bench's CPU profiles) keeps names readable.
      minify: mode !== 'profile',
      rolldownOptions: { input: resolve(__dirname, 'src/renderer/index.html') },
    },
  },
}));
