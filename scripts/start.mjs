#!/usr/bin/env node
/* global console, process, URL -- a Node script; eslint.config.mjs gives Node globals to TypeScript files only. */
/**
 * `npm start`: builds the app once (`electron-vite build`), then runs it with
 * Electron's binary. Electron 45 has no install script: `require('electron')`
 * fetches the binary the first time it is asked for. Where that cannot
 * happen (no network, a blocked mirror), this prints one paragraph saying so,
 * how to fetch it, and that `npm run web` opens the same editor, and exits 1,
 * instead of a stack trace from the build tool.
 *
 * `--no-build` skips the build (out/ must exist); other arguments go to the app
 * (a plan to open).
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const require = createRequire(import.meta.url);
const MARKER = '\n@electron-binary@';

const args = process.argv.slice(2);
const appArgs = args.filter((arg) => arg !== '--no-build');

function build() {
  const cli = require.resolve('electron-vite/bin/electron-vite.js');
  const result = spawnSync(process.execPath, [cli, 'build'], { cwd: ROOT, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

/** The binary's path, fetched if needed (in a child: electron's module downloads and throws at load). */
function electronBinary() {
  const result = spawnSync(
    process.execPath,
    ['-e', `process.stdout.write(${JSON.stringify(MARKER)} + require('electron'))`],
    {
      cwd: ROOT,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const output = result.stdout ?? '';
  const path = output.includes(MARKER) ? output.slice(output.lastIndexOf(MARKER) + MARKER.length).trim() : '';
  if (result.status === 0 && path !== '' && existsSync(path)) return { ok: true, path };
  const reasons = `${result.stderr ?? ''}\n${result.error?.message ?? ''}`
    .split('\n')
    .map((line) => line.trim())
    // The download's own error, not electron's generic "failed to install correctly" that follows it.
    .filter((line) => /error|fail|ENOTFOUND|ECONNREFUSED|EAI_AGAIN|timed out/i.test(line))
    .filter((line) => !/Electron failed to install|throw new Error/.test(line));
  return { ok: false, reason: reasons[0] ?? (path === '' ? 'no binary path' : `${path} does not exist`) };
}

function explain(reason) {
  const { version } = JSON.parse(readFileSync(require.resolve('electron/package.json'), 'utf8'));
  console.error(
    [
      '',
      `Org Planner cannot start: the Electron ${version} binary is not in node_modules/electron/dist, and fetching it`,
      `failed (${reason}). Electron downloads its binary the first time it runs, from GitHub or the mirror in`,
      'ELECTRON_MIRROR: on a machine that can reach it, run `npx install-electron` (or simply `npm start` again),',
      'or unpack the Electron zip for your platform yourself and point ELECTRON_OVERRIDE_DIST_PATH at it.',
      'Without Electron, `npm run web` builds the same editor for the browser and serves it on 127.0.0.1',
      '(files through the browser’s open and download, drafts in browser storage).',
      '',
    ].join('\n'),
  );
}

if (!args.includes('--no-build')) build();
const binary = electronBinary();
if (!binary.ok) {
  explain(binary.reason);
  process.exit(1);
}
const app = spawn(binary.path, ['.', ...appArgs], { cwd: ROOT, stdio: 'inherit' });
app.on('exit', (code, signal) => process.exit(code ?? (signal === null ? 0 : 1)));
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => app.kill(signal));
