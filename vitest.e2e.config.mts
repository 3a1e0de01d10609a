import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import './test/support/node20-polyfills.mjs';

/** End-to-end tests: the built renderers (npm run build; mostly the web build, out/web) in Debian's Chromium, driven like a user. */
export default defineConfig({
  resolve: {
    alias: { '@shared': fileURLToPath(new URL('./src/shared', import.meta.url)) },
  },
  test: {
    include: ['test/e2e/**/*.e2e.ts'],
    environment: 'node',
    globalSetup: ['test/e2e/global-setup.ts'],
    // Two cores shared with other work: one browser, one file at a time.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
