/**
 * Every method of the IPC contract was called by the real renderer, with its
 * own payload, through the real preload, and main accepted it, somewhere in
 * the journeys before this file (vitest.desktop.config.mts runs it last). A
 * method no journey reaches is either untested end to end or dead: add a
 * journey, or take it out of the contract.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { inject } from 'vitest';
import { INVOKE_CHANNELS, OPEN_DROPPED_CHANNEL } from '../../src/preload/channels';
import { useDesktop } from './journey';

const desktop = useDesktop();

it('main serves exactly the contract’s channels', async () => {
  const run = await desktop().start();
  await run.firstWindow();
  expect([...run.electron.ipcMain.handlers.keys()].sort()).toEqual(
    [...Object.values(INVOKE_CHANNELS), OPEN_DROPPED_CHANNEL].sort(),
  );
});

it('every method of the contract was called by the renderer and accepted by main in some journey', () => {
  const folder = inject('ipcCoverageDir');
  const called = new Set(
    readdirSync(folder).flatMap((file) => JSON.parse(readFileSync(join(folder, file), 'utf8')) as string[]),
  );
  const never = Object.entries(INVOKE_CHANNELS)
    .filter(([, channel]) => !called.has(channel))
    .map(([method]) => method);
  expect(never).toEqual([]);
});
