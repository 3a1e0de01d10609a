import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readPlanFile } from '../../../src/node/files/read-plan-file';

let folder: string;

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'org-planner-read-'));
});

afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe('readPlanFile', () => {
  it('loads a valid plan with its size and modification time', async () => {
    const path = join(folder, 'ok.orgplan.json');
    const text = '{"format":"org-planner","version":1,"nodes":[],"edges":[]}';
    await writeFile(path, text);
    const result = await readPlanFile(path);
    expect(result).toMatchObject({ ok: true, text, size: text.length });
  });

  it('reports a missing file as unreadable', async () => {
    const result = await readPlanFile(join(folder, 'nope.json'));
    expect(result).toMatchObject({ ok: false, reason: 'unreadable', error: 'cannot read the file: no such file' });
  });

  it('reports a folder as unreadable', async () => {
    const result = await readPlanFile(folder);
    expect(result).toMatchObject({
      ok: false,
      reason: 'unreadable',
      error: 'cannot read the file: is a folder, not a file',
    });
  });

  it('names the JSON path of an invalid plan', async () => {
    const path = join(folder, 'bad.orgplan.json');
    await writeFile(
      path,
      '{"format":"org-planner","version":1,"nodes":[{"id":"a","kind":"cto","name":"A"}],"edges":[]}',
    );
    const result = await readPlanFile(path);
    expect(result).toMatchObject({
      ok: false,
      reason: 'invalid',
      error: 'nodes[0].kind: expected one of pm, po, person, team, stakeholder',
    });
  });

  it('refuses a file over 50 MiB from its size, before reading it', async () => {
    const path = join(folder, 'huge.orgplan.json');
    await writeFile(path, '');
    await truncate(path, 50 * 1024 * 1024 + 1); // sparse: no 50 MiB written
    const result = await readPlanFile(path);
    expect(result).toMatchObject({ ok: false, reason: 'invalid', error: 'the file is larger than 50 MiB' });
  });
});

describe('readPlanFile on hostile input', () => {
  it.skipIf(process.platform === 'win32')('refuses a FIFO instead of hanging', async () => {
    const fifo = join(folder, 'pipe.orgplan.json');
    execFileSync('mkfifo', [fifo]);
    const result = await readPlanFile(fifo);
    expect(result).toMatchObject({ ok: false, reason: 'unreadable' });
    expect(result.ok ? '' : result.error).toMatch(/not a regular file/);
  });

  it.skipIf(!existsSync('/dev/zero'))('refuses /dev/zero instead of reading it without end', async () => {
    const result = await readPlanFile('/dev/zero');
    expect(result.ok ? '' : result.error).toMatch(/not a regular file/);
  });

  it('refuses a file that is not valid UTF-8, naming the byte offset', async () => {
    const path = join(folder, 'latin1.orgplan.json');
    const text = '{"format":"org-planner","version":1,"name":"Dana L\u00e9e","nodes":[],"edges":[]}';
    await writeFile(path, Buffer.from(text, 'latin1'));
    const result = await readPlanFile(path);
    expect(result).toMatchObject({ ok: false, reason: 'invalid' });
    expect(result.ok ? '' : result.error).toContain(`offset ${text.indexOf('\u00e9')}`);
  });

  it('turns an internal error of the core into a refusal for this file, never a throw', async () => {
    const path = join(folder, 'deep.orgplan.json');
    const deep = `${'['.repeat(200_000)}${']'.repeat(200_000)}`;
    await writeFile(path, `{"format":"org-planner","version":1,"nodes":[],"edges":[],"future":${deep}}`);
    const result = await readPlanFile(path);
    expect(result).toMatchObject({ ok: false, reason: 'invalid' });
  });
});
