import { chmodSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/** The headless CLI (and the benchmark): Node-only bundles of the pure core. */
/** `npx org-planner` runs the bin file directly, so it must be executable (npm only does this for dependencies). */
const executableBin = {
  name: 'org-planner-executable-bin',
  writeBundle() {
    chmodSync(fileURLToPath(new URL('./out/cli/index.js', import.meta.url)), 0o755);
  },
};

export default defineConfig({
  plugins: [executableBin],
  resolve: {
    alias: { '@shared': fileURLToPath(new URL('./src/shared', import.meta.url)) },
  },
  build: {
    ssr: true,
    outDir: 'out/cli',
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    rolldownOptions: {
      input: {
        index: fileURLToPath(new URL('./src/cli/index.ts', import.meta.url)),
        bench: fileURLToPath(new URL('./bench/index.ts', import.meta.url)),
      },
      output: {
        format: 'cjs',
        entryFileNames: '[name].js',
        banner: (chunk) => (chunk.name === 'index' ? '#!/usr/bin/env node' : ''),
      },
    },
  },
});
