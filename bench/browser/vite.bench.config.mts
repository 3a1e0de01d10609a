import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/** The browser benchmark's driver (Node), built to out-bench/cli/bench-browser.js. */
export default defineConfig({
  resolve: {
    alias: { '@shared': fileURLToPath(new URL('../../src/shared', import.meta.url)) },
  },
  logLevel: 'warn',
  build: {
    ssr: true,
    outDir: fileURLToPath(new URL('../../out-bench/cli', import.meta.url)),
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    rolldownOptions: {
      input: { 'bench-browser': fileURLToPath(new URL('./index.ts', import.meta.url)) },
      external: ['playwright-core'],
      output: { format: 'cjs', entryFileNames: '[name].js' },
    },
  },
});
