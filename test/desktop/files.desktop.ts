/** Files in and out of the desktop app: exports to chosen paths, a PNG that carries its plan, CSV import, New. */
import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { serializePlan } from '../../src/shared/format/serialize';
import { PLAN_KEYWORD, readTextChunk } from '../../src/shared/png/chunks';
import type { MainRun } from './harness/main-run';
import { editorReady, fixturePlan, readPlan, titleOf, useDesktop, openFromMenu } from './journey';

const desktop = useDesktop();
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** Main started with the fixture plan opened through File › Open. */
async function withPlan(run: MainRun, path: string, name: string) {
  const window = await run.firstWindow();
  const page = await run.page(window);
  await editorReady(page);
  await openFromMenu(run, window, path, name);
  return { window, page };
}

/** File › Export › PNG/SVG Image…, then Export in the page's dialog; main asks where and writes there. */
async function exportImage(run: MainRun, format: 'PNG' | 'SVG' | 'PDF', target: string): Promise<Buffer> {
  const page = await run.page();
  run.dialogs.answerSave(target);
  run.clickMenu(`File › Export › ${format === 'PDF' ? 'PDF Document…' : `${format} Image…`}`);
  const before = run.ipc.filter((r) => r.channel === 'export:image').length;
  await page.getByRole('dialog', { name: 'Export the plan as an image' }).waitFor();
  await page.getByTestId('export-go').click();
  await expect.poll(() => run.ipc.filter((r) => r.channel === 'export:image').length).toBe(before + 1);
  return readFileSync(target);
}

describe('files in and out', () => {
  it('exports PNG, SVG, PDF and plan JSON to the chosen paths', async () => {
    const { path, plan, name } = fixturePlan(desktop().home);
    const run = await desktop().start();
    await withPlan(run, path, name);

    run.dialogs.answerSave(desktop().path('copy.orgplan.json'));
    run.clickMenu('File › Export › Copy as JSON…');
    await expect.poll(() => run.ipc.some((r) => r.channel === 'export:json')).toBe(true);
    const json = readFileSync(desktop().path('copy.orgplan.json'), 'utf8');
    const exported = readPlan(desktop().path('copy.orgplan.json'));
    expect(json).toBe(serializePlan(exported));
    // The plan as opened, laid out by the app (the fixture has no positions).
    const withoutPositions = exported.nodes.map((node) => {
      const copy = { ...node };
      delete copy.position;
      return copy;
    });
    expect(serializePlan({ ...exported, nodes: withoutPositions })).toBe(serializePlan(plan));

    const png = await exportImage(run, 'PNG', desktop().path('plan.png'));
    expect([...png.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
    // The PNG carries the plan, so File › Open can read it back.
    expect(readTextChunk(new Uint8Array(png), PLAN_KEYWORD)).toBe(json);
    const svg = (await exportImage(run, 'SVG', desktop().path('plan.svg'))).toString('utf8');
    expect(svg).toMatch(/^\s*(<\?xml[^>]*>\s*)?<svg[\s>]/);
    const pdf = await exportImage(run, 'PDF', desktop().path('plan.pdf'));
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(run.dialogs.shown.filter((d) => d.kind === 'save').map((d) => d.text)).toEqual([
      desktop().path('Documents/Checkout.orgplan.json'),
      desktop().path('Documents/Checkout.png'),
      desktop().path('Documents/Checkout.svg'),
      desktop().path('Documents/Checkout.pdf'),
    ]);
  });

  it('opens an exported PNG’s plan untitled and unsaved: Save asks for a new file and leaves the image alone', async () => {
    const { path, plan, name } = fixturePlan(desktop().home);
    const run = await desktop().start();
    const { window, page } = await withPlan(run, path, name);
    const image = desktop().path('plan.png');
    const png = await exportImage(run, 'PNG', image);

    run.dialogs.answerOpen(image);
    run.clickMenu('File › Open…');
    await expect.poll(() => window.getTitle()).toBe(titleOf(name, true));
    await expect.poll(() => page.locator('.react-flow__node').count()).toBe(plan.nodes.length);
    const target = desktop().path('from-image.orgplan.json');
    run.dialogs.answerSave(target);
    run.clickMenu('File › Save');
    await expect.poll(() => window.getTitle()).toBe(titleOf(name));
    expect(readFileSync(target, 'utf8')).toBe(readTextChunk(new Uint8Array(png), PLAN_KEYWORD));
    expect(readFileSync(image)).toEqual(png);
  });

  it('imports people from a CSV file chosen in File › Import CSV… as a new, unsaved plan', async () => {
    const csv = desktop().path('people.csv');
    writeFileSync(csv, 'name,id,parentId\nAda Lovelace,1,\nBob Builder,2,1\nCy Young,3,1\n');
    const run = await desktop().start();
    const window = await run.firstWindow();
    const page = await run.page(window);
    await editorReady(page);
    run.dialogs.answerOpen(csv);
    run.clickMenu('File › Import CSV…');
    const dialog = page.getByRole('dialog', { name: 'Import people from a CSV file' });
    await dialog.waitFor();
    expect(await page.getByTestId('csv-counts').textContent()).toMatch(/^3 people, 2 reporting lines/);
    await page.getByTestId('csv-import-go').click();
    await dialog.waitFor({ state: 'hidden' });
    await expect.poll(() => page.locator('.react-flow__node').count()).toBe(3);
    await expect.poll(() => window.getTitle()).toBe(titleOf('people', true));
    await page.locator('.react-flow__node', { hasText: 'Ada Lovelace' }).waitFor();
  });

  it('File › New replaces a clean plan with a blank one without asking', async () => {
    const { path, name } = fixturePlan(desktop().home);
    const run = await desktop().start();
    const { window, page } = await withPlan(run, path, name);
    run.clickMenu('File › New');
    await page.getByTestId('start-blank').click();
    await page.getByText('This plan is empty').waitFor();
    await expect.poll(() => window.getTitle()).toBe(titleOf('Untitled plan'));
    expect(run.ipc.filter((r) => r.channel === 'plan:new')).toHaveLength(1);
    expect(readPlan(path).name).toBe(name);
  });
});
