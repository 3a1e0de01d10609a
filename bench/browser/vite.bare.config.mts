import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** The benchmark's bare React Flow page (bench/browser/bare), built to out-bench/bare. */
export default defineConfig({
  root: fileURLToPath(new URL('./bare', import.meta.url)),
  base: './',
  plugins: [react()],
  logLevel: 'warn',
  build: {
    outDir: fileURLToPath(new URL('../../out-bench/bare', import.meta.url)),
    emptyOutDir: true,
  },
});
