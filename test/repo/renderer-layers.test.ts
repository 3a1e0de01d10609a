/**
 * The renderer's layers (RENDERER_LAYERS in eslint.config.mjs) hold for every
 * folder: each one but app is fenced from the app layer, a new folder cannot
 * escape the rule unnoticed, and the rule tells a runtime import from a
 * type-only one.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
const RENDERER = join(ROOT, 'src/renderer/src');
const eslint = new ESLint({ cwd: ROOT });

/** An existing source file of the folder, so the typed lint finds it in a project. */
function sourceIn(folder: string): string {
  const file = readdirSync(join(RENDERER, folder)).find((name) => /\.tsx?$/.test(name) && !name.endsWith('.d.ts'));
  if (file === undefined) throw new Error(`no source file in ${folder}`);
  return join(RENDERER, folder, file);
}

async function layerErrors(folder: string, text: string): Promise<string[]> {
  const [result] = await eslint.lintText(text, { filePath: sourceIn(folder) });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

const folders = readdirSync(RENDERER, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && entry.name !== 'styles')
  .map((entry) => entry.name);

describe('renderer layers', () => {
  it.each(folders.filter((folder) => folder !== 'app'))(
    '%s may not import the app layer',
    async (folder) => {
      const errors = await layerErrors(folder, "import { App } from '../app/App';\nexport const probe = App;\n");
      expect(errors).toHaveLength(1);
      expect(errors[0]).toContain('RENDERER_LAYERS');
    },
    60_000,
  );

  it('lets a layer import those below it, and types from above', async () => {
    const text = [
      "import { useCommands } from '../commands/context';",
      "import type { DocumentFlows } from '../files/document-flows';",
      "import { cx } from '../ui/cx';",
      'export const probe: [unknown, DocumentFlows | undefined, unknown] = [useCommands, undefined, cx];',
      '',
    ].join('\n');
    expect(await layerErrors('canvas', text)).toEqual([]);
  }, 60_000);

  it('stops a lower layer importing a feature at run time, also from a subfolder', async () => {
    const text = "import { Canvas } from '../../canvas/Canvas';\nexport const probe = Canvas;\n";
    const [result] = await eslint.lintText(text, { filePath: join(RENDERER, 'store/slices/ui-slice.ts') });
    expect(result?.messages.some((m) => m.ruleId === 'no-restricted-imports')).toBe(true);
  }, 60_000);
});
