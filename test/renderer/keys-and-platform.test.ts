import { describe, expect, it } from 'vitest';
import { COMMAND_IDS, COMMANDS, commandTitle, type CommandMeta } from '@shared/commands/catalog';
import { formatCombo, matchesCombo, parseCombo, type KeyEventLike } from '@shared/commands/keys';
import type { OrgPlannerBridge } from '../../src/renderer/src/platform/platform';
import { DEFAULT_PREFERENCES, type Preferences } from '../../src/shared/settings/preferences';
import { createElectronPlatform } from '../../src/renderer/src/platform/platform.electron';
import { createWebPlatform, SETTINGS_KEY } from '../../src/renderer/src/platform/platform.web';

function key(partial: Partial<KeyEventLike>): KeyEventLike {
  return { key: '', code: '', ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, ...partial };
}

describe('shortcuts', () => {
  it('matches Mod to Ctrl on Windows and Linux and to Cmd on macOS', () => {
    const undo = parseCombo('Mod+Z');
    expect(matchesCombo(undo, key({ key: 'z', code: 'KeyZ', ctrlKey: true }), false)).toBe(true);
    expect(matchesCombo(undo, key({ key: 'z', code: 'KeyZ', metaKey: true }), false)).toBe(false);
    expect(matchesCombo(undo, key({ key: 'z', code: 'KeyZ', metaKey: true }), true)).toBe(true);
    expect(matchesCombo(undo, key({ key: 'Z', code: 'KeyZ', ctrlKey: true, shiftKey: true }), false)).toBe(false);
    expect(
      matchesCombo(parseCombo('Shift+Mod+Z'), key({ key: 'Z', code: 'KeyZ', ctrlKey: true, shiftKey: true }), false),
    ).toBe(true);
  });

  it('matches letters by character, digits by physical key, symbols whatever Shift does', () => {
    expect(matchesCombo(parseCombo('M'), key({ key: 'm', code: 'Semicolon' }), false)).toBe(true); // AZERTY
    expect(matchesCombo(parseCombo('M'), key({ key: 'ь', code: 'KeyM' }), false)).toBe(true); // Cyrillic
    expect(matchesCombo(parseCombo('Shift+1'), key({ key: '!', code: 'Digit1', shiftKey: true }), false)).toBe(true);
    expect(matchesCombo(parseCombo('+'), key({ key: '+', code: 'Equal', shiftKey: true }), false)).toBe(true);
    expect(matchesCombo(parseCombo('?'), key({ key: '?', code: 'Slash', shiftKey: true }), false)).toBe(true);
  });

  it('spells shortcuts the platform’s way in tooltips', () => {
    expect(formatCombo('Shift+Mod+Z', false)).toBe('Ctrl+Shift+Z');
    expect(formatCombo('Shift+Mod+Z', true)).toBe('⇧⌘Z');
    expect(commandTitle('undo', false)).toBe('Undo (Ctrl+Z)');
  });

  it('gives every command a shortcut, and no two commands the same one', () => {
    const seen = new Map<string, string>();
    for (const id of COMMAND_IDS) {
      const meta: CommandMeta = COMMANDS[id];
      expect(meta.keys.length).toBeGreaterThan(0);
      for (const spec of meta.keys) {
        expect(seen.get(spec), `${spec} is taken`).toBeUndefined();
        seen.set(spec, id);
      }
    }
  });
});

describe('the platform', () => {
  it('keeps settings in web storage, surviving bad data', async () => {
    const data = new Map<string, string>();
    const storage = {
      getItem: (k: string) => data.get(k) ?? null,
      setItem: (k: string, v: string) => void data.set(k, v),
    };
    const web = createWebPlatform(storage);
    expect(web.kind).toBe('web');
    expect(await web.loadSettings()).toEqual(DEFAULT_PREFERENCES);
    const dark: Preferences = { ...DEFAULT_PREFERENCES, theme: 'dark', snapToGrid: true, showMinimap: false };
    await web.saveSettings(dark);
    expect(await createWebPlatform(storage).loadSettings()).toEqual(dark);
    data.set(SETTINGS_KEY, '{not json');
    expect(await web.loadSettings()).toEqual(DEFAULT_PREFERENCES);
    expect(await createWebPlatform(undefined).loadSettings()).toEqual(DEFAULT_PREFERENCES);
  });

  it('reaches Electron through the bridge, one method per action', async () => {
    const saved: Preferences[] = [];
    // Only the settings half of the bridge matters here; the file flows have their own tests.
    const bridge: Pick<OrgPlannerBridge, 'loadSettings' | 'saveSettings'> = {
      loadSettings: () => Promise.resolve({ theme: 'light', snapToGrid: true, extra: 1 }),
      saveSettings: (settings) => {
        saved.push(settings as Preferences);
        return Promise.resolve();
      },
    };
    const electron = createElectronPlatform(bridge as OrgPlannerBridge);
    expect(await electron.loadSettings()).toEqual({ ...DEFAULT_PREFERENCES, theme: 'light', snapToGrid: true });
    await electron.saveSettings(DEFAULT_PREFERENCES);
    expect(saved).toEqual([DEFAULT_PREFERENCES]);
  });
});
