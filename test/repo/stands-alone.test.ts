import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * A clone of this repository alone must pass `npm test`: no tracked file may read a path outside it
 * (such as the `shared/` folder beside it that the project's first specification came from).
 */
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** Files that can name a path: code, configs, scripts and docs (not the data fixtures or the lock file). */
const CHECKED = /\.(ts|tsx|mts|mjs|cjs|js|json|ya?ml|sh|md|html)$|^\.ci\/run$/;
const SKIPPED = /^(package-lock\.json|test\/fixtures\/)/;

/** Quoted relative paths that climb at least one level: '../x', "../../y", `../z`. */
const CLIMBING = /['"`]((?:\.\.\/)+[^'"`\s]*)['"`]/g;
/** A bare mention in prose or a shell line: the folder beside the repository that tests once read. */
const SHARED_FOLDER = ['..', 'shared'].join('/');
const BARE_SHARED = /(^|[^.\w])\.\.\/shared\b/;
/** Markdown links that climb out of the repository. */
const MARKDOWN_CLIMB = /\]\(((?:\.\.\/)+[^)\s]*)\)/g;

function trackedFiles(): string[] {
  const listing = execFileSync('git', ['ls-files', '-z'], { cwd: ROOT, encoding: 'utf8' });
  return listing.split('\0').filter((file) => file !== '' && CHECKED.test(file) && !SKIPPED.test(file));
}

/** Every place in `file` that names a path outside the repository, as "file: path". */
export function pathsOutside(file: string, text: string): string[] {
  const found: string[] = [];
  const from = dirname(resolve(ROOT, file));
  for (const pattern of [CLIMBING, MARKDOWN_CLIMB]) {
    for (const match of text.matchAll(pattern)) {
      const target = resolve(from, match[1] ?? '');
      const inside = relative(ROOT, target);
      if (inside.startsWith('..') || isAbsolute(inside)) found.push(`${file}: ${match[1] ?? ''}`);
    }
  }
  if (BARE_SHARED.test(text) && found.length === 0) found.push(`${file}: ${SHARED_FOLDER}`);
  return found;
}

describe('the repository stands alone', () => {
  it('finds paths that leave the repository (the check itself can fail)', () => {
    // Built from parts, so this file does not itself name a path outside the repository.
    const up = (levels: number, rest: string): string => '../'.repeat(levels) + rest;
    expect(pathsOutside('test/shared/rules/x.test.ts', `new URL('${up(4, 'shared/')}', import.meta.url)`)).toEqual([
      `test/shared/rules/x.test.ts: ${up(4, 'shared/')}`,
    ]);
    expect(pathsOutside('bench/index.ts', `resolve(process.cwd(), '${up(1, 'shared/data/a.csv')}')`)).toHaveLength(1);
    expect(pathsOutside('README.md', `see [the spec](${up(1, 'shared/spec/rules.md')})`)).toHaveLength(1);
    expect(pathsOutside('docs/a.md', `data in ${up(1, 'shared')}/data`)).toHaveLength(1);
    expect(pathsOutside('test/cli/cli.test.ts', "new URL('../fixtures/org-1516.csv', import.meta.url)")).toEqual([]);
  });

  it('no tracked file refers to a path outside the repository', () => {
    const files = trackedFiles();
    expect(files.length).toBeGreaterThan(100);
    const outside = files.flatMap((file) => pathsOutside(file, readFileSync(resolve(ROOT, file), 'utf8')));
    expect(outside).toEqual([]);
  });
});
