/**
 * `npm start` on a machine without Electron's binary: one paragraph that says
 * what failed, how to fetch the binary and that `npm run web` opens the same
 * editor, and exit code 1 (before: a second build, then "Error: Electron
 * uninstall" from the build tool after 8 s). Runs scripts/start.mjs with
 * --no-build (the build is npm test's own step).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const scratch = mkdtempSync(join(tmpdir(), 'org-planner-start-'));
afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
});

function start(env: Record<string, string>): { status: number | null; stderr: string; stdout: string } {
  const result = spawnSync(process.execPath, [join(ROOT, 'scripts/start.mjs'), '--no-build'], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, ...env },
    timeout: 60_000,
  });
  return { status: result.status, stderr: result.stderr, stdout: result.stdout };
}

function expectOneParagraph(stderr: string, reason: RegExp): void {
  const paragraph = stderr.trim();
  expect(paragraph).not.toMatch(/\n\s*\n/);
  expect(paragraph).not.toMatch(/^\s+at /m);
  expect(paragraph).toMatch(/^Org Planner cannot start: the Electron \d+\.\d+\.\d+ binary is not in node_modules/);
  expect(paragraph).toMatch(reason);
  expect(paragraph).toContain('npx install-electron');
  expect(paragraph).toContain('`npm run web` builds the same editor for the browser');
}

// With the binary installed, start.mjs would launch the app: this case is for machines without it (like CI).
const binaryInstalled = existsSync(join(ROOT, 'node_modules/electron/path.txt'));

describe('npm start without the Electron binary', () => {
  it.skipIf(binaryInstalled)('explains in one paragraph that the download failed, and exits 1', () => {
    // A mirror nobody listens on, and an empty download cache: the fetch fails at once, offline or not.
    const { status, stderr } = start({
      ELECTRON_MIRROR: 'http://127.0.0.1:9/',
      electron_config_cache: join(scratch, 'cache'),
    });
    expect(status).toBe(1);
    expectOneParagraph(stderr, /fetching it\s+failed \((TypeError: fetch failed|.*ECONNREFUSED.*)\)/);
  });

  it('says so too when the binary it was pointed at is missing', () => {
    const { status, stderr } = start({ ELECTRON_OVERRIDE_DIST_PATH: join(scratch, 'no-electron-here') });
    expect(status).toBe(1);
    expectOneParagraph(stderr, /failed \(.*no-electron-here.* does not exist\)/);
  });
});
