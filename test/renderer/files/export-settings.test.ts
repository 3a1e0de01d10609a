import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, normalizeSettings } from '../../../src/renderer/src/platform/platform';

describe('export defaults in the settings', () => {
  it('keeps valid export choices and drops anything else', () => {
    const exportDefaults = { format: 'png', pixelRatio: 2, transparentBackground: true } as const;
    expect(normalizeSettings({ ...DEFAULT_SETTINGS, exportDefaults })).toEqual({ ...DEFAULT_SETTINGS, exportDefaults });
    expect(normalizeSettings({ ...DEFAULT_SETTINGS, exportDefaults: { format: 'gif', pixelRatio: 2 } })).toEqual(
      DEFAULT_SETTINGS,
    );
    expect(normalizeSettings({ exportDefaults: { format: 'svg', pixelRatio: 9 } })).toEqual(DEFAULT_SETTINGS);
  });
});
