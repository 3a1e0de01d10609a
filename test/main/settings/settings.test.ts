import { chmod, mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { tempFolder } from '../support/fakes';

// electron-store asks Electron for the app's data folder and version: the only edge mocked here.
const electron = vi.hoisted(() => {
  const app = { getPath: () => '/nonexistent', getVersion: () => '0.1.0' };
  const ipcMain = { on: () => undefined };
  return { app, ipcMain, shell: {} };
});
vi.mock('electron', () => ({ default: electron, ...electron }));

const { openSettings, corruptFileName } = await import('../../../src/main/settings/store');
const { Settings } = await import('../../../src/main/settings/settings');
const { DEFAULT_PREFERENCES } = await import('../../../src/shared/settings/preferences');

let folder: { path: string; remove: () => Promise<void> };

beforeEach(async () => {
  folder = await tempFolder('org-planner-settings-');
});
afterEach(async () => {
  await folder.remove();
});

describe('settings file', () => {
  it('starts with the defaults and keeps what is set', () => {
    const opened = openSettings({ cwd: folder.path });
    expect(opened).toMatchObject({ movedAside: null, persistent: true });
    const settings = new Settings(opened.backend);
    expect(settings.getPreferences()).toEqual(DEFAULT_PREFERENCES);
    settings.updatePreferences({ theme: 'dark', panels: { inspector: { open: false, size: 320 } } });
    const again = new Settings(openSettings({ cwd: folder.path }).backend);
    expect(again.getPreferences()).toMatchObject({
      theme: 'dark',
      showMinimap: true,
      panels: { inspector: { open: false, size: 320 } },
    });
  });

  // Plans' names (recent files) are in this file and whole plans (drafts) beside it: owner only.
  it.skipIf(process.platform === 'win32')('writes the settings file 0600 in a 0700 folder', async () => {
    const cwd = join(folder.path, 'user-data');
    new Settings(openSettings({ cwd }).backend).updatePreferences({ theme: 'dark' });
    expect((await stat(cwd)).mode & 0o777).toBe(0o700);
    expect((await stat(join(cwd, 'config.json'))).mode & 0o777).toBe(0o600);
  });

  it.skipIf(process.platform === 'win32')('narrows a folder and file an older version left readable', async () => {
    const cwd = join(folder.path, 'user-data');
    await mkdir(cwd, { mode: 0o755 });
    await chmod(cwd, 0o755);
    await writeFile(join(cwd, 'config.json'), JSON.stringify({ recentFiles: ['/plans/a.orgplan.json'] }), {
      mode: 0o644,
    });
    await chmod(join(cwd, 'config.json'), 0o644);
    const settings = new Settings(openSettings({ cwd }).backend);
    expect(settings.getRecentFiles()).toEqual(['/plans/a.orgplan.json']);
    expect((await stat(cwd)).mode & 0o777).toBe(0o700);
    expect((await stat(join(cwd, 'config.json'))).mode & 0o777).toBe(0o600);
  });

  it('moves a corrupt file aside and uses the defaults', async () => {
    await writeFile(join(folder.path, 'config.json'), '{ "preferences": { "theme": "dark"', 'utf8');
    const now = new Date('2025-11-27T20:57:01.123Z');
    const opened = openSettings({ cwd: folder.path, now: () => now });
    expect(opened.persistent).toBe(true);
    expect(opened.movedAside).toBe(join(folder.path, 'config.corrupt-2025-11-27T20-57-01-123Z.json'));
    expect(await readFile(opened.movedAside!, 'utf8')).toBe('{ "preferences": { "theme": "dark"');
    expect(new Settings(opened.backend).getPreferences()).toEqual(DEFAULT_PREFERENCES);
    expect(corruptFileName(now)).toBe('config.corrupt-2025-11-27T20-57-01-123Z.json');
  });

  it('treats a file that breaks the schema as corrupt too', async () => {
    await writeFile(
      join(folder.path, 'config.json'),
      JSON.stringify({ recentFiles: 'not a list', preferences: { theme: 42 } }),
    );
    const opened = openSettings({ cwd: folder.path });
    expect(opened.movedAside).not.toBeNull();
    const settings = new Settings(opened.backend);
    expect(settings.getRecentFiles()).toEqual([]);
    expect(settings.getPreferences().theme).toBe('system');
    expect((await readdir(folder.path)).some((name) => name.startsWith('config.corrupt-'))).toBe(true);
  });

  it('falls back to settings in memory when the folder cannot be used, and still starts', async () => {
    // A file where the settings folder should be: nothing can be created under it.
    await writeFile(join(folder.path, 'blocker'), '');
    const opened = openSettings({ cwd: join(folder.path, 'blocker', 'settings') });
    expect(opened.persistent).toBe(false);
    const settings = new Settings(opened.backend);
    settings.updatePreferences({ theme: 'light' });
    expect(settings.getPreferences().theme).toBe('light');
  });

  it('never hands out a value of the wrong shape, whatever the backend holds', () => {
    const values = new Map<string, unknown>([
      [
        'preferences',
        {
          theme: 'neon',
          snapToGrid: 'yes',
          panels: {
            ok: { open: true, size: 10 },
            'Bad Id': { open: true, size: 1 },
            constructor: { open: true, size: 1 },
          },
          exportDefaults: { format: 'gif', pixelRatio: 99 },
        },
      ],
      ['recentFiles', ['/a', 7, '/a', '', '/b']],
      ['window', { bounds: { x: 0, y: 0, width: -5, height: 10 }, maximized: 'true' }],
    ]);
    const settings = new Settings({ get: (key) => values.get(key), set: (key, value) => values.set(key, value) });
    expect(settings.getPreferences()).toEqual({ ...DEFAULT_PREFERENCES, panels: { ok: { open: true, size: 10 } } });
    expect(settings.getRecentFiles()).toEqual(['/a', '/b']);
    expect(settings.getWindowState()).toEqual({ maximized: false });
  });

  it('keeps the window state it is given', () => {
    const settings = new Settings(openSettings({ cwd: folder.path }).backend);
    settings.setWindowState({ bounds: { x: 10, y: 20, width: 900, height: 700 }, maximized: true });
    expect(new Settings(openSettings({ cwd: folder.path }).backend).getWindowState()).toEqual({
      bounds: { x: 10, y: 20, width: 900, height: 700 },
      maximized: true,
    });
  });
});
