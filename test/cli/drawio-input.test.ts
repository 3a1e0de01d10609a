/** check, stats, diff and export take a draw.io diagram wherever they take a plan, recognised by its content. */
import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { articleExamplePlan } from '@shared/example/article-example';
import { serializePlan } from '@shared/format/serialize';
import { planToDrawio } from '@shared/interop/drawio';
import { runCliCollecting } from '../support/run-cli';

let dir: string;
const path = (name: string): string => join(dir, name);

const run = runCliCollecting;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'org-planner-drawio-'));
  const plan = articleExamplePlan();
  writeFileSync(path('plan.orgplan.json'), serializePlan(plan));
  writeFileSync(path('plan.drawio'), planToDrawio(plan));
  // Recognised by its content, not its name.
  writeFileSync(path('diagram.txt'), planToDrawio(plan));
  copyFileSync('test/fixtures/drawio/hand-drawn.drawio', path('sketch.drawio'));
  copyFileSync('test/fixtures/drawio/compressed.drawio', path('packed.drawio'));
});

describe('a draw.io diagram as a plan on the command line', () => {
  it('check finds the same problems in the diagram as in the plan it was exported from', async () => {
    const fromPlan = await run('check', '--format', 'json', path('plan.orgplan.json'));
    const fromDiagram = await run('check', '--format', 'json', path('plan.drawio'));
    const violations = (out: string): unknown =>
      (JSON.parse(out) as { files: { violations: unknown }[] }).files[0]?.violations;
    expect(fromDiagram.code).toBe(fromPlan.code);
    expect(violations(fromDiagram.out)).toEqual(violations(fromPlan.out));
    expect(fromDiagram.err).toBe('');
  });

  it('stats counts the same people from a diagram whatever its file is called', async () => {
    const fromPlan = await run('stats', '--format', 'json', path('plan.orgplan.json'));
    const fromText = await run('stats', '--format', 'json', path('diagram.txt'));
    expect(fromText.code).toBe(0);
    const metrics = (out: string): unknown => ({ ...(JSON.parse(out) as object), path: undefined });
    expect(metrics(fromText.out)).toEqual(metrics(fromPlan.out));
  });

  it('diff of a plan and its own diagram finds nobody added, removed or moved', async () => {
    const { code, out } = await run('diff', '--format', 'json', path('plan.orgplan.json'), path('plan.drawio'));
    expect(code).toBe(0);
    const delta = JSON.parse(out) as { added: unknown[]; removed: unknown[]; moved: unknown[] };
    expect([delta.added, delta.removed, delta.moved]).toEqual([[], [], []]);
  });

  it('export turns a diagram into CSV with the same people', async () => {
    const fromPlan = await run('export', path('plan.orgplan.json'), '--format', 'csv');
    const fromDiagram = await run('export', path('plan.drawio'), '--format', 'csv');
    expect(fromDiagram.code).toBe(0);
    const ids = (csv: string): string[] => csv.split('\r\n').map((line) => line.split(',')[0] ?? '');
    expect(ids(fromDiagram.out).sort()).toEqual(ids(fromPlan.out).sort());
  });

  it('reads a diagram drawn elsewhere best-effort and says so on stderr, not stdout', async () => {
    const { code, out, err } = await run('export', path('sketch.drawio'), '--format', 'mermaid');
    expect(code).toBe(0);
    expect(out).toContain('Dana Ortiz');
    expect(err).toContain(
      `org-planner: ${path('sketch.drawio')}: This draw.io diagram was not made by Org Planner's export`,
    );
  });

  it('refuses a compressed diagram naming the file and the setting to change', async () => {
    const { code, err } = await run('stats', path('packed.drawio'));
    expect(code).toBe(2);
    expect(err).toContain(path('packed.drawio'));
    expect(err).toContain('the diagram is compressed; in diagrams.net turn off File › Properties › Compressed');
  });
});
