import { describe, expect, it } from 'vitest';
import {
  DEFAULT_EXPORT,
  DEFAULT_PREFERENCES,
  MAX_PANELS,
  normalizeExportDefaults,
  normalizePanels,
  normalizePreferences,
  THEMES,
} from '../../../src/shared/settings/preferences';

describe('the one preferences normaliser', () => {
  it('gives the defaults for nothing, null, arrays and other non-objects', () => {
    for (const value of [undefined, null, 'dark', 42, true, [], [{ theme: 'dark' }]]) {
      expect(normalizePreferences(value)).toEqual(DEFAULT_PREFERENCES);
    }
  });

  it('keeps every valid value as it is', () => {
    const preferences = {
      theme: 'dark',
      snapToGrid: true,
      showMinimap: false,
      panels: { inspector: { open: false, size: 320 } },
      exportDefaults: { format: 'svg', pixelRatio: 3, transparentBackground: true },
    } as const;
    expect(normalizePreferences(preferences)).toEqual(preferences);
    for (const theme of THEMES) expect(normalizePreferences({ theme }).theme).toBe(theme);
  });

  it('falls back to the default field by field when a value is bad', () => {
    expect(
      normalizePreferences({ theme: 'neon', snapToGrid: 'yes', showMinimap: false, panels: 'wide', exportDefaults: 7 }),
    ).toEqual({ ...DEFAULT_PREFERENCES, showMinimap: false });
  });

  it('drops unknown keys (recent files or paths can never ride along)', () => {
    const normalized = normalizePreferences({ theme: 'light', recentFiles: ['/etc/passwd'], path: '/tmp/x' });
    expect(Object.keys(normalized).sort()).toEqual(['exportDefaults', 'panels', 'showMinimap', 'snapToGrid', 'theme']);
  });

  it('keeps valid export choices and replaces each bad one by its default', () => {
    expect(normalizeExportDefaults({ format: 'png', pixelRatio: 2, transparentBackground: true })).toEqual({
      format: 'png',
      pixelRatio: 2,
      transparentBackground: true,
    });
    expect(normalizeExportDefaults({ format: 'gif', pixelRatio: 9, transparentBackground: 'no' })).toEqual(
      DEFAULT_EXPORT,
    );
    expect(normalizeExportDefaults({ format: 'svg', pixelRatio: Number.NaN })).toEqual({
      ...DEFAULT_EXPORT,
      format: 'svg',
    });
    expect(normalizeExportDefaults({ pixelRatio: 0.5 }).pixelRatio).toBe(DEFAULT_EXPORT.pixelRatio);
  });

  it('keeps only well-formed panels, at most MAX_PANELS, and never a prototype key', () => {
    const panels = normalizePanels(
      JSON.parse(
        '{"inspector":{"open":true,"size":300},"__proto__":{"open":true,"size":1},"Bad Id":{"open":true,"size":1},' +
          '"rules":{"open":"yes","size":1},"wide":{"open":true,"size":1e9}}',
      ),
    );
    expect(panels).toEqual({ inspector: { open: true, size: 300 } });
    expect(Object.getPrototypeOf(panels)).toBe(Object.prototype);
    const many = Object.fromEntries(
      Array.from({ length: MAX_PANELS + 5 }, (_, i) => [`p${i}`, { open: true, size: i }]),
    );
    expect(Object.keys(normalizePanels(many))).toHaveLength(MAX_PANELS);
  });
});
