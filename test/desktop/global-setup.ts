/**
 * Once per desktop run: check the build is there, start Debian's Chromium
 * (headless, no sandbox, no network services) and make the folder where each
 * main run records the IPC channels its renderer called (for the contract
 * coverage test, which runs last).
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../e2e/chromium';
import { OUT_DIR } from './harness/main-run';

declare module 'vitest' {
  export interface ProvidedContext {
    desktopWsEndpoint: string;
    ipcCoverageDir: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  for (const file of ['main/index.js', 'preload/index.js', 'renderer/index.html'])
    if (!existsSync(join(OUT_DIR, file)))
      throw new Error(`${join(OUT_DIR, file)} is missing: run \`npm run build\` before the desktop tests.`);
  if (!existsSync(CHROMIUM_PATH))
    throw new Error(`No Chromium at ${CHROMIUM_PATH}: install it (apt-get install -y chromium) or set CHROMIUM_PATH.`);
  const coverage = mkdtempSync(join(tmpdir(), 'org-planner-ipc-'));
  const browser = await chromium.launchServer({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [...CHROMIUM_ARGS],
  });
  project.provide('desktopWsEndpoint', browser.wsEndpoint());
  project.provide('ipcCoverageDir', coverage);
  return async () => {
    await browser.close();
    rmSync(coverage, { recursive: true, force: true });
  };
}
