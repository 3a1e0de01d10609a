/**
 * Once per end-to-end run: serve the two renderer builds and start Debian's
 * Chromium (headless, no sandbox, no network services) through playwright-core.
 * The web build (out/web) is served by the very server `npm run web` uses
 * (vite preview with vite.web.config.mts), and most tests drive it. The
 * desktop build (out/renderer) is served as static files, for the test that it
 * refuses to run without the preload's bridge. Test files connect to the
 * browser and open a fresh context each.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { preview } from 'vite';
import type { TestProject } from 'vitest/node';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium';
import { serveDirectory, type StaticServer } from './static-server';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The web build, as `npm run web` serves it. */
    appUrl: string;
    /** The desktop build's renderer, as plain files (no preload, so no bridge). */
    desktopUrl: string;
    wsEndpoint: string;
  }
}

const REPO = resolve(import.meta.dirname, '../..');

/** A build folder with its index.html, or an error that says how to make it. */
function builtFolder(envName: string, defaultPath: string): string {
  // E2E_WEB_DIR / E2E_DESKTOP_DIR let two engineers build and test side by side without overwriting one build.
  const root = resolve(process.env[envName] ?? resolve(REPO, defaultPath));
  if (!existsSync(join(root, 'index.html')))
    throw new Error(`${root}/index.html is missing: run \`npm run build\` before the end-to-end tests.`);
  return root;
}

/** `npm run web`'s server on an ephemeral port: same config, same host (127.0.0.1), no browser opened. */
async function serveWebBuild(outDir: string): Promise<StaticServer> {
  const server = await preview({
    configFile: resolve(REPO, 'vite.web.config.mts'),
    logLevel: 'warn',
    build: { outDir },
    preview: { port: 0, strictPort: true, open: false },
  });
  const url = server.resolvedUrls?.local[0];
  if (url === undefined || !url.startsWith('http://127.0.0.1:'))
    throw new Error(`The web build is not served on 127.0.0.1 only: ${String(url)}`);
  return {
    url,
    close: () => server.close(),
  };
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const webRoot = builtFolder('E2E_WEB_DIR', 'out/web');
  const desktopRoot = builtFolder('E2E_DESKTOP_DIR', 'out/renderer');
  if (!existsSync(CHROMIUM_PATH))
    throw new Error(`No Chromium at ${CHROMIUM_PATH}: install it (apt-get install -y chromium) or set CHROMIUM_PATH.`);
  const servers: StaticServer[] = [];
  const closeServers = async (): Promise<void> => {
    await Promise.all(servers.map((server) => server.close()));
  };
  try {
    const web = await serveWebBuild(webRoot);
    servers.push(web);
    const desktop = await serveDirectory(desktopRoot);
    servers.push(desktop);
    // Playwright gives the browser a fresh temporary profile (its own --user-data-dir) and removes it on close;
    // each test file then opens new, empty browser contexts.
    const browser = await chromium.launchServer({
      executablePath: CHROMIUM_PATH,
      headless: true,
      args: [...CHROMIUM_ARGS],
    });
    project.provide('appUrl', web.url);
    project.provide('desktopUrl', desktop.url);
    project.provide('wsEndpoint', browser.wsEndpoint());
    return async () => {
      await browser.close();
      await closeServers();
    };
  } catch (error) {
    await closeServers();
    throw error;
  }
}
