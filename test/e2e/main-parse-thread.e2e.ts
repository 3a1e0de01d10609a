/**
 * The built worker thread that checks opened plans for Electron's main process (so a 47 MB image no
 * longer freezes every window): it runs in plain Node on its own (nothing of Electron or of main's
 * bundle inside) and answers exactly as the in-thread check does, refusals included.
 */
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { articleExamplePlan } from '../../src/shared/example/article-example';
import { serializePlan } from '../../src/shared/format/serialize';
import { PLAN_KEYWORD, withTextChunk } from '../../src/shared/png/chunks';
import { parsePlanOffThread } from '../../src/node/files/parse-plan-off-thread';
import { planFromBytes } from '../../src/node/files/plan-from-bytes';

const chunks = resolve(import.meta.dirname, '../../out/main/chunks');

function builtThreadPath(): string {
  const names = readdirSync(chunks).filter((name) => /^parse-plan-thread-.*\.js$/.test(name));
  expect(names).toHaveLength(1);
  return join(chunks, names[0] as string);
}

describe('the built plan-checking thread', () => {
  it('answers as the in-thread check does for good, bad and image files', async () => {
    const parse = parsePlanOffThread(builtThreadPath());
    const text = serializePlan(articleExamplePlan());
    const png = withTextChunk(new Uint8Array(PNG.sync.write(new PNG({ width: 1, height: 1 }))), PLAN_KEYWORD, text);
    const inputs = [
      new TextEncoder().encode(text),
      png,
      new TextEncoder().encode('{"format":"org-planner","version":1,"nodes":[{"id":"a","kind":"wizard"}],"edges":[]}'),
      new Uint8Array([0x7b, 0xe9, 0x7d]),
    ];
    for (const bytes of inputs) {
      const off = await parse(bytes);
      expect(off).toEqual(planFromBytes(bytes));
    }
    const good = await parse(new TextEncoder().encode(text));
    expect(good.ok && good.plan.nodes.length).toBe(articleExamplePlan().nodes.length);
  });
});
