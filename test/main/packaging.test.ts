/**
 * The packaging config cannot be exercised here (no Electron binary to
 * package), so it is checked as far as possible: electron-builder's own
 * loader and schema validation, then the security-relevant fields.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
const root = join(import.meta.dirname, '..', '..');

interface BuilderConfig {
  [key: string]: unknown;
  appId?: string;
  asar?: boolean;
  files?: (string | { filter?: string[] })[];
  electronFuses?: Record<string, boolean>;
  fileAssociations?: { ext: string; name?: string; mimeType?: string; role?: string }[];
  linux?: { target?: string[]; icon?: string };
  win?: { target?: string[]; icon?: string };
  mac?: { target?: string[]; icon?: string; hardenedRuntime?: boolean };
  nsis?: { perMachine?: boolean; oneClick?: boolean };
}

const { getConfig, validateConfiguration } = require('app-builder-lib/out/util/config/config') as {
  getConfig: (projectDir: string, configPath: string | null, fromOptions: null) => Promise<BuilderConfig>;
  validateConfiguration: (config: BuilderConfig, logger: unknown) => Promise<void>;
};
const { DebugLogger } = require('builder-util') as { DebugLogger: new (enabled: boolean) => unknown };

const config = await getConfig(root, join(root, 'electron-builder.yml'), null);

describe('electron-builder.yml', () => {
  it('passes electron-builder’s own schema validation', async () => {
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
    // The validator does catch mistakes: a misspelt option is refused.
    await expect(validateConfiguration({ ...config, electronFuse: {} }, new DebugLogger(false))).rejects.toThrow(
      /electronFuse/,
    );
  });

  it('flips the Electron fuses of the security checklist', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      loadBrowserProcessSpecificV8Snapshot: false,
      grantFileProtocolExtraPrivileges: false,
    });
    // onlyLoadAppFromAsar and the integrity check need an asar archive.
    expect(config.asar).toBe(true);
  });

  it('associates .orgplan.json files with the app', () => {
    expect(config.fileAssociations).toEqual([
      expect.objectContaining({ ext: 'orgplan.json', mimeType: 'application/x-orgplan+json', role: 'Editor' }),
    ]);
    expect(config.nsis?.perMachine).toBe(false);
  });

  it('builds AppImage and deb, NSIS and dmg with the icon from resources/', () => {
    expect(config.linux?.target).toEqual(['AppImage', 'deb']);
    expect(config.win?.target).toEqual(['nsis']);
    expect(config.mac?.target).toEqual(['dmg']);
    expect(config.mac?.hardenedRuntime).toBe(true);
    for (const platform of [config.linux, config.win, config.mac]) expect(platform?.icon).toBe('resources/icon.png');
    const icon = PNG.sync.read(readFileSync(join(root, 'resources', 'icon.png')));
    expect([icon.width, icon.height]).toEqual([512, 512]);
    expect(readFileSync(join(root, 'resources', 'icon.svg'), 'utf8')).toContain('<svg');
  });

  it('ships only the built app, never the sources or the CLI', () => {
    // electron-builder's loader wraps the patterns as `{ filter: [...] }`.
    const patterns = (config.files ?? []).flatMap((entry) =>
      typeof entry === 'string' ? [entry] : (entry.filter ?? []),
    );
    expect(patterns).toEqual(
      expect.arrayContaining(['out/main/**', 'out/preload/**', 'out/renderer/**', '!out/cli/**']),
    );
    expect(patterns.some((pattern) => pattern.startsWith('src') || pattern === '**/*')).toBe(false);
  });
});
