import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import './test/support/node20-polyfills.mjs';

export default defineConfig({
  resolve: {
    alias: { '@shared': fileURLToPath(new URL('./src/shared', import.meta.url)) },
  },
  test: {
    include: ['test/**/*.test.{ts,tsx}'],
    environment: 'node',
    setupFiles: ['test/support/fast-check-seed.ts'],
    server: { deps: { inline: ['electron-store'] } },
  },
});
