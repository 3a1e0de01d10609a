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
import { PROJECT_URL } from '../../src/main/links';

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
  }, 30_000); // The schema compiles slowly: 3 s alone, more on a loaded machine.

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

const { getFileMatchers } = require('app-builder-lib/out/fileMatcher') as {
  getFileMatchers: (
    config: BuilderConfig,
    name: 'files',
    destination: string,
    options: {
      macroExpander: (s: string) => string;
      customBuildOptions: unknown;
      globalOutDir: string;
      defaultSrc: string;
    },
  ) => { createFilter: () => (file: string, stat: { isDirectory: () => boolean }) => boolean }[] | null;
};
const packageJson = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  homepage?: string;
  author?: string;
  dependencies?: Record<string, string>;
};

describe('what the installers ship', () => {
  /** electron-builder's own matcher for `files`, as it filters the app folder into app.asar. */
  function shipped(path: string): boolean {
    const matchers = getFileMatchers(config, 'files', '/app', {
      macroExpander: (pattern) => pattern,
      customBuildOptions: config.linux,
      globalOutDir: join(root, 'dist'),
      defaultSrc: root,
    });
    const filters = (matchers ?? []).map((matcher) => matcher.createFilter());
    return filters.some((filter) => filter(join(root, path), { isDirectory: () => false }));
  }

  it('takes the built main, preload and renderer, and leaves sources, tests, the CLI and source maps out', () => {
    for (const path of ['out/main/index.js', 'out/preload/index.js', 'out/renderer/index.html', 'package.json'])
      expect(shipped(path), path).toBe(true);
    for (const path of [
      'src/main/index.ts',
      'src/preload/index.ts',
      'test/main/packaging.test.ts',
      'test/desktop/harness/main-run.ts',
      'out/cli/index.js',
      'out/web/index.html',
      'out/main/index.js.map',
      'README.md',
      'electron.vite.config.ts',
      'node_modules/vite/package.json',
    ])
      expect(shipped(path), path).toBe(false);
  });

  it('has no runtime dependencies to copy into the app (the bundles contain them; test/desktop checks the build)', () => {
    expect(packageJson.dependencies).toBeUndefined();
  });

  it('flips the fuses docs/security.md lists, and registers the file type it describes', () => {
    const security = readFileSync(join(root, 'docs/security.md'), 'utf8');
    const fuseRow = security.split('\n').find((line) => line.includes('Check which fuses you can change')) ?? '';
    const documented: Record<string, boolean> = {};
    for (const [, fuse, state] of fuseRow.matchAll(/`(\w+)` (on|off)\b/g)) documented[fuse ?? ''] = state === 'on';
    expect(config.electronFuses).toEqual(documented);
    const association = /registers `([^`]+)` with the MIME type\s+`([^`]+)`/.exec(security);
    expect(config.fileAssociations?.[0]).toMatchObject({ ext: association?.[1], mimeType: association?.[2] });
  });

  it('takes the project URL and the maintainer from package.json, as the Help menu does', () => {
    expect(packageJson.homepage).toBe(PROJECT_URL);
    expect(packageJson.author).toMatch(/^[^<>]+ <[^@\s<>]+@[^@\s<>]+\.[a-z]+>$/);
    // Unset in electron-builder.yml, so the deb's maintainer is package.json's author.
    expect((config.linux as Record<string, unknown> | undefined)?.maintainer).toBeUndefined();
  });
});
