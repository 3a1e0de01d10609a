/**
 * Once per end-to-end run: serve the built renderer and start Debian's
 * Chromium (headless, no sandbox, no network services) through playwright-core.
 * Test files connect to the browser and open a fresh context each.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium';
import { serveDirectory } from './static-server';

declare module 'vitest' {
  export interface ProvidedContext {
    appUrl: string;
    wsEndpoint: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  // E2E_RENDERER_DIR lets two engineers build and test side by side without overwriting one build.
  const root = resolve(process.env.E2E_RENDERER_DIR ?? resolve(import.meta.dirname, '../../out/renderer'));
  if (!existsSync(join(root, 'index.html')))
    throw new Error('out/renderer/index.html is missing: run `npm run build` before the end-to-end tests.');
  if (!existsSync(CHROMIUM_PATH))
    throw new Error(`No Chromium at ${CHROMIUM_PATH}: install it (apt-get install -y chromium) or set CHROMIUM_PATH.`);
  const server = await serveDirectory(root);
  try {
    // Playwright gives the browser a fresh temporary profile (its own --user-data-dir) and removes it on close;
    // each test file then opens new, empty browser contexts.
    const browser = await chromium.launchServer({
      executablePath: CHROMIUM_PATH,
      headless: true,
      args: [...CHROMIUM_ARGS],
    });
    project.provide('appUrl', server.url);
    project.provide('wsEndpoint', browser.wsEndpoint());
    return async () => {
      await browser.close();
      await server.close();
    };
  } catch (error) {
    await server.close();
    throw error;
  }
}
