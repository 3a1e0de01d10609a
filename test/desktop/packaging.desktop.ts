/**
 * What the built app needs at run time is what its bundles leave external:
 * the installers copy package.json's `dependencies` into app.asar, so that
 * list must be exactly the bundles' external packages, Electron itself aside
 * (it is the runtime). Checked on the build the journeys run.
 */
import { readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join, resolve } from 'node:path';
import { expect, it } from 'vitest';
import { OUT_DIR } from './harness/main-run';

const packageJson = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../package.json'), 'utf8')) as {
  dependencies?: Record<string, string>;
};

/** The packages a CommonJS bundle requires at its top level (rolldown puts externals there). */
function externalPackages(bundle: string): string[] {
  const text = readFileSync(join(OUT_DIR, bundle), 'utf8');
  const required = [...text.matchAll(/^(?:let|const|var) [\w$]+ = require\("([^"]+)"\);$/gm)].map(
    ([, name]) => name ?? '',
  );
  const packageOf = (name: string): string =>
    name
      .split('/')
      .slice(0, name.startsWith('@') ? 2 : 1)
      .join('/');
  const builtins = new Set(builtinModules);
  return [
    ...new Set(required.filter((name) => !name.startsWith('node:') && !builtins.has(name)).map(packageOf)),
  ].sort();
}

it('ships as runtime dependencies exactly what main and preload leave external, besides electron', () => {
  const external = [...new Set([...externalPackages('main/index.js'), ...externalPackages('preload/index.js')])];
  expect(external).toContain('electron');
  expect(Object.keys(packageJson.dependencies ?? {}).sort()).toEqual(external.filter((name) => name !== 'electron'));
});
