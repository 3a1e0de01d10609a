/**
 * The app's Open, Save and CSV import against files an unlucky or hostile
 * user has: private permissions, symbolic links, their own `.bak`, pipes,
 * plans the core fails on. Each answer is a saved file or a refusal with a
 * message, never a thrown IPC call or a changed permission.
 */
import { execFileSync } from 'node:child_process';
import { chmod, lstat, readdir, readFile, readlink, stat, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openPlanPath } from '../../../src/main/documents/open-flow';
import { preparePlanForSave } from '../../../src/main/documents/plan-io';
import { savePlan } from '../../../src/main/documents/save-flow';
import { importCsv } from '../../../src/main/documents/transfer-flow';
import { harness, planText, tempFolder } from '../support/fakes';

const posix = process.platform !== 'win32';
let folder: { path: string; remove: () => Promise<void> };

beforeEach(async () => {
  folder = await tempFolder();
});
afterEach(async () => {
  await folder.remove();
});

/** Unknown values nested far deeper than any plan: the core of this version overflowed its stack on them. */
const deepPlan = `{"format":"org-planner","version":1,"nodes":[],"edges":[],"future":${'['.repeat(100_000)}${']'.repeat(100_000)}}`;

describe('Save keeps what the user set up', () => {
  it.skipIf(!posix)('keeps a 0600 plan 0600', async () => {
    const h = harness(folder.path);
    const file = join(folder.path, 'private.orgplan.json');
    await writeFile(file, planText('Private'));
    await chmod(file, 0o600);
    expect((await openPlanPath(h.ctx, file, '')).status).toBe('opened');
    h.session.setState({ name: 'Private', dirty: true });
    expect((await savePlan(h.ctx, planText('Private', ['Ada', 'Grace']))).status).toBe('saved');
    expect((await stat(file)).mode & 0o777).toBe(0o600);
  });

  it.skipIf(!posix)('saves through a symbolic link: the link stays, its target is updated', async () => {
    const h = harness(folder.path);
    const real = join(folder.path, 'real.orgplan.json');
    const link = join(folder.path, 'link.orgplan.json');
    await writeFile(real, planText('Linked'));
    await symlink(real, link);
    expect((await openPlanPath(h.ctx, link, '')).status).toBe('opened');
    h.session.setState({ name: 'Linked', dirty: true });
    expect((await savePlan(h.ctx, planText('Linked', ['Ada', 'Grace']))).status).toBe('saved');
    expect((await lstat(link)).isSymbolicLink()).toBe(true);
    expect(await readlink(link)).toBe(real);
    expect(await readFile(real, 'utf8')).toBe(planText('Linked', ['Ada', 'Grace']));
  });

  it("never deletes the user's own <plan>.bak", async () => {
    const h = harness(folder.path);
    const file = join(folder.path, 'plan.orgplan.json');
    await writeFile(file, planText('Plan'));
    await writeFile(`${file}.bak`, 'the backup I made by hand');
    expect((await openPlanPath(h.ctx, file, '')).status).toBe('opened');
    h.session.setState({ name: 'Plan', dirty: true });
    expect((await savePlan(h.ctx, planText('Plan', ['Ada', 'Grace']))).status).toBe('saved');
    expect(await readFile(`${file}.bak`, 'utf8')).toBe('the backup I made by hand');
    expect((await readdir(folder.path)).filter((name) => name.includes('org-planner-'))).toEqual([]);
  });
});

describe('hostile input gets a refusal with a message', () => {
  it('Save of a plan the core fails on is refused with a dialog, not a failed IPC call', async () => {
    expect(preparePlanForSave(deepPlan).ok).toBe(false);
    const h = harness(folder.path);
    h.session.setState({ name: 'Deep', dirty: true });
    h.ui.savePath = join(folder.path, 'deep.orgplan.json');
    const result = await savePlan(h.ctx, deepPlan);
    expect(result.status).toBe('failed');
    expect(h.ui.errors).toHaveLength(1);
    expect(h.session.dirty).toBe(true);
  });

  it('Open of a plan the core fails on is refused with a dialog naming the file', async () => {
    const h = harness(folder.path);
    const file = join(folder.path, 'deep.orgplan.json');
    await writeFile(file, deepPlan);
    const result = await openPlanPath(h.ctx, file, '');
    expect(result.status).toBe('failed');
    expect(h.ui.errors[0]?.detail).toContain(file);
  });

  it.skipIf(!posix)('Open of a FIFO is refused at once instead of hanging the window', async () => {
    const h = harness(folder.path);
    const fifo = join(folder.path, 'pipe.orgplan.json');
    execFileSync('mkfifo', [fifo]);
    const result = await openPlanPath(h.ctx, fifo, '');
    expect(result.status === 'failed' && result.message).toMatch(/not a regular file/);
  });

  it.skipIf(!posix)('CSV import of a FIFO or a device is refused with a dialog', async () => {
    const h = harness(folder.path);
    const fifo = join(folder.path, 'hr.csv');
    execFileSync('mkfifo', [fifo]);
    for (const path of [fifo, '/dev/zero']) {
      h.ui.openPath = path;
      const result = await importCsv(h.ctx);
      expect(result.status === 'failed' && result.message).toMatch(/not a regular file/);
    }
    expect(h.ui.errors).toHaveLength(2);
  });
});
