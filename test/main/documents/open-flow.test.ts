import { readFile, truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { articleExamplePlan } from '@shared/example/article-example';
import { parsePlan } from '@shared/format/parse';
import { planToDrawio } from '@shared/interop/drawio';
import { MAX_PLAN_BYTES } from '@shared/model/types';
import { PLAN_KEYWORD, withTextChunk } from '@shared/png/chunks';
import { closeDocument, newPlan, openPlanPath, openPlanWithDialog } from '../../../src/main/documents/open-flow';
import { harness, planText, tempFolder, type Harness } from '../support/fakes';

let folder: { path: string; remove: () => Promise<void> };

beforeEach(async () => {
  folder = await tempFolder();
});
afterEach(async () => {
  await folder.remove();
});

async function withOpenPlan(h: Harness, name = 'Current'): Promise<string> {
  const file = join(folder.path, 'current.orgplan.json');
  await writeFile(file, planText(name));
  expect((await openPlanPath(h.ctx, file, '')).status).toBe('opened');
  return file;
}

describe('Open', () => {
  it('opens a valid plan: the window takes its path, stamp and name', async () => {
    const h = harness(folder.path);
    const file = join(folder.path, 'checkout.orgplan.json');
    await writeFile(file, planText('Checkout'));
    h.ui.openPath = file;
    const result = await openPlanWithDialog(h.ctx, '');
    expect(result).toEqual({
      status: 'opened',
      document: { text: planText('Checkout'), fileName: 'checkout.orgplan.json', restoredFromDraft: false },
    });
    expect(h.session.filePath).toBe(file);
    expect(h.session.stamp?.size).toBe(planText('Checkout').length);
    expect(h.view.title).toBe('Checkout — Org Planner');
    expect(h.recent.files).toEqual([file]);
  });

  it('refuses a bad file with a dialog naming the file and the JSON path, and keeps the open plan', async () => {
    const h = harness(folder.path);
    const current = await withOpenPlan(h);
    h.session.setState({ name: 'Current', dirty: true });
    const bad = join(folder.path, 'broken.orgplan.json');
    await writeFile(
      bad,
      JSON.stringify({ format: 'org-planner', version: 1, nodes: [{ id: 'a', kind: 'wizard', name: 'x' }], edges: [] }),
    );
    const result = await openPlanPath(h.ctx, bad, planText('Current'));
    expect(result.status).toBe('failed');
    expect(result.status === 'failed' && result.message).toMatch(/^broken\.orgplan\.json: nodes\[0\]\.kind/);
    expect(h.ui.errors).toHaveLength(1);
    expect(h.ui.errors[0]?.message).toContain('broken.orgplan.json');
    expect(h.ui.errors[0]?.detail).toContain('nodes[0].kind');
    // Nothing was asked and nothing changed: same file, still unsaved.
    expect(h.ui.asked).toEqual([]);
    expect(h.session.filePath).toBe(current);
    expect(h.session.dirty).toBe(true);
    expect(h.view.title).toBe('• Current — Org Planner');
  });

  it('refuses a file over the size cap before reading it', async () => {
    const h = harness(folder.path);
    const huge = join(folder.path, 'huge.orgplan.json');
    await writeFile(huge, '');
    await truncate(huge, MAX_PLAN_BYTES + 1);
    const result = await openPlanPath(h.ctx, huge, '');
    expect(result.status === 'failed' && result.message).toContain('larger than 50 MiB');
    expect(h.session.filePath).toBeNull();
  });

  it('drops a missing file from the recent list', async () => {
    const h = harness(folder.path);
    const gone = join(folder.path, 'gone.orgplan.json');
    h.recent.files.push(gone);
    expect((await openPlanPath(h.ctx, gone, '')).status).toBe('failed');
    expect(h.recent.files).toEqual([]);
  });

  it('with unsaved changes, Save saves the current plan first, then opens', async () => {
    const h = harness(folder.path);
    const current = await withOpenPlan(h);
    h.session.setState({ name: 'Current', dirty: true });
    const other = join(folder.path, 'other.orgplan.json');
    await writeFile(other, planText('Other'));
    h.ui.unsavedAnswer = 'save';
    const result = await openPlanPath(h.ctx, other, planText('Current', ['Ada', 'Grace']));
    expect(result.status).toBe('opened');
    expect(h.ui.asked).toEqual(['unsaved:Current']);
    expect(await readFile(current, 'utf8')).toBe(planText('Current', ['Ada', 'Grace']));
    expect(h.session.filePath).toBe(other);
  });

  it("with unsaved changes, Don't Save opens without writing; Cancel keeps everything", async () => {
    const h = harness(folder.path);
    const current = await withOpenPlan(h);
    h.session.setState({ name: 'Current', dirty: true });
    const other = join(folder.path, 'other.orgplan.json');
    await writeFile(other, planText('Other'));

    h.ui.unsavedAnswer = 'cancel';
    expect(await openPlanPath(h.ctx, other, planText('Changed'))).toEqual({ status: 'canceled' });
    expect(h.session.filePath).toBe(current);
    expect(h.session.dirty).toBe(true);

    h.ui.unsavedAnswer = 'discard';
    expect((await openPlanPath(h.ctx, other, planText('Changed'))).status).toBe('opened');
    expect(await readFile(current, 'utf8')).toBe(planText('Current'));
    expect(h.session.filePath).toBe(other);
    expect(h.session.dirty).toBe(false);
  });

  it('a cancelled Open dialog changes nothing and asks nothing', async () => {
    const h = harness(folder.path);
    h.session.setState({ name: 'Draft', dirty: true });
    h.ui.openPath = null;
    expect(await openPlanWithDialog(h.ctx, planText('Draft'))).toEqual({ status: 'canceled' });
    expect(h.ui.asked).toEqual(['open:plan']);
    expect(h.session.dirty).toBe(true);
  });
});

describe('New', () => {
  it('asks when there are unsaved changes; Cancel keeps the plan', async () => {
    const h = harness(folder.path);
    const current = await withOpenPlan(h);
    h.session.setState({ name: 'Current', dirty: true });
    h.ui.unsavedAnswer = 'cancel';
    expect(await newPlan(h.ctx, planText('Current'))).toEqual({ status: 'canceled' });
    expect(h.session.filePath).toBe(current);
    h.ui.unsavedAnswer = 'discard';
    expect(await newPlan(h.ctx, planText('Current'))).toEqual({ status: 'done' });
    expect(h.session.filePath).toBeNull();
    expect(h.view.title).toBe('Untitled — Org Planner');
  });

  it('does not ask when everything is saved', async () => {
    const h = harness(folder.path);
    await withOpenPlan(h);
    expect(await newPlan(h.ctx, '')).toEqual({ status: 'done' });
    expect(h.ui.asked).toEqual([]);
  });
});

describe('Close', () => {
  it('Cancel keeps the window open and reports the cancelled close', async () => {
    const h = harness(folder.path);
    h.session.setState({ name: 'Draft', dirty: true });
    h.ui.unsavedAnswer = 'cancel';
    expect(await closeDocument(h.ctx, planText('Draft'))).toEqual({ status: 'canceled' });
    expect(h.closed).toBe(0);
    expect(h.canceledCloses).toBe(1);
  });

  it("Don't Save closes the window and removes the draft", async () => {
    const h = harness(folder.path);
    h.session.setState({ name: 'Draft', dirty: true });
    h.session.updateDraft(planText('Draft'));
    await h.session.draft.flush();
    expect(await h.drafts.list()).toHaveLength(1);
    h.ui.unsavedAnswer = 'discard';
    expect(await closeDocument(h.ctx, planText('Draft'))).toEqual({ status: 'done' });
    expect(h.closed).toBe(1);
    expect(await h.drafts.list()).toEqual([]);
  });

  it('Save with a cancelled Save dialog does not close', async () => {
    const h = harness(folder.path);
    h.session.setState({ name: 'Draft', dirty: true });
    h.ui.unsavedAnswer = 'save';
    h.ui.savePath = null;
    expect(await closeDocument(h.ctx, planText('Draft'))).toEqual({ status: 'canceled' });
    expect(h.closed).toBe(0);
  });
});

describe('Open an exported PNG', () => {
  const pixel = (): Uint8Array => {
    const image = new PNG({ width: 1, height: 1 });
    return new Uint8Array(PNG.sync.write(image));
  };

  it('opens the plan stored in the image as an untitled, unsaved plan, so Save never overwrites the image', async () => {
    const h = harness(folder.path);
    const image = join(folder.path, 'checkout.png');
    await writeFile(image, withTextChunk(pixel(), PLAN_KEYWORD, planText('From image')));
    const result = await openPlanPath(h.ctx, image, '');
    expect(result).toEqual({
      status: 'opened',
      document: { text: planText('From image'), fileName: null, restoredFromDraft: false, fromImage: true },
    });
    expect(h.session.filePath).toBeNull();
    expect(h.view.title).toBe('• From image — Org Planner');
    expect(h.recent.files).toEqual([]);
  });

  it('refuses a PNG that carries no plan, naming why, and keeps the open plan', async () => {
    const h = harness(folder.path);
    const current = await withOpenPlan(h);
    const image = join(folder.path, 'photo.png');
    await writeFile(image, pixel());
    const result = await openPlanPath(h.ctx, image, planText('Current'));
    expect(result).toEqual({
      status: 'failed',
      message: 'photo.png: this PNG holds no plan; only images exported by Org Planner (File › Export PNG) carry one',
    });
    expect(h.session.filePath).toBe(current);
  });
});

describe('Open a draw.io diagram', () => {
  it('opens our exported diagram as an untitled, unsaved plan with its ids, so Save never overwrites the diagram', async () => {
    const h = harness(folder.path);
    const plan = articleExamplePlan();
    const diagram = join(folder.path, 'org.drawio');
    await writeFile(diagram, planToDrawio(plan));
    const result = await openPlanPath(h.ctx, diagram, '');
    if (result.status !== 'opened') throw new Error(result.status);
    expect(result.document).toMatchObject({ fileName: null, restoredFromDraft: false, fromDrawio: true });
    expect(result.document.notice).toBeUndefined();
    const parsed = parsePlan(result.document.text);
    expect(parsed.ok && parsed.plan.nodes.map((n) => n.id).sort()).toEqual(plan.nodes.map((n) => n.id).sort());
    expect(h.session.filePath).toBeNull();
    expect(h.recent.files).toEqual([]);
    expect(await readFile(diagram, 'utf8')).toBe(planToDrawio(plan));
  });

  it('recognises a diagram by its content and opens one drawn elsewhere with a notice', async () => {
    const h = harness(folder.path);
    const sketch = join(folder.path, 'sketch.xml');
    await writeFile(sketch, await readFile('test/fixtures/drawio/hand-drawn.drawio'));
    const result = await openPlanPath(h.ctx, sketch, '');
    if (result.status !== 'opened') throw new Error(result.status);
    expect(result.document.fromDrawio).toBe(true);
    expect(result.document.notice).toMatch(/^This draw\.io diagram was not made by Org Planner's export: its 3 shapes/);
  });

  it('refuses a compressed diagram, naming the file and the setting, and keeps the open plan', async () => {
    const h = harness(folder.path);
    const current = await withOpenPlan(h);
    const packed = join(folder.path, 'packed.drawio');
    await writeFile(packed, await readFile('test/fixtures/drawio/compressed.drawio'));
    const result = await openPlanPath(h.ctx, packed, planText('Current'));
    expect(result).toEqual({
      status: 'failed',
      message:
        'packed.drawio: this draw.io file cannot be opened as a plan: the diagram is compressed; in diagrams.net turn off File › Properties › Compressed and save again',
    });
    expect(h.ui.errors.at(-1)?.message).toBe('“packed.drawio” is not a plan Org Planner can open.');
    expect(h.session.filePath).toBe(current);
  });
});
