/** `FILE#scenario` for diff, stats, check, export and render (issue 17): one file holding the as-is and its proposals. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { articleExamplePlan } from '@shared/example/article-example';
import { serializePlan } from '@shared/format/serialize';
import { documentOf } from '@shared/scenarios/scenario-list';
import { runCliCollecting } from '../support/run-cli';
import { edit, reorganised } from '../support/reorganisation';

let dir: string;
let file: string;
let plain: string;

const run = runCliCollecting;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'org-planner-scenarios-'));
  const asIs = articleExamplePlan();
  // A proposal that adds an error: Cart's PO also reports to a second PM.
  const worse = edit(asIs, {
    edges: (edges) => [...edges, { id: 'second', kind: 'reports-to', source: 'po-cart', target: 'pm-payments' }],
  });
  const doc = documentOf(
    [
      { id: 'as-is', name: 'As-is', plan: asIs },
      { id: 'reorg', name: 'Split PMs', plan: reorganised },
      { id: 'worse', name: 'Two managers', plan: worse },
    ],
    asIs.name,
  );
  // A `#` in the file's own name stays part of the path.
  file = join(dir, 'plan#2027.orgplan.json');
  writeFileSync(file, serializePlan(doc));
  plain = join(dir, 'plain.orgplan.json');
  writeFileSync(plain, serializePlan(asIs));
});

describe('FILE#scenario', () => {
  it('diff compares two scenarios of one file, by name (any case) or id', async () => {
    const byName = await run('diff', `${file}#as-is`, `${file}#split pms`);
    expect(byName.code).toBe(0);
    expect(byName.out).toContain('Added (1):\n  PO Noor Haddad');
    const byId = await run('diff', file, `${file}#reorg`);
    expect(byId.out).toBe(
      byName.out.replaceAll(`${file}#as-is`, file).replaceAll(`${file}#split pms`, `${file}#reorg`),
    );
    const worse = await run('diff', file, `${file}#Two managers`, '--fail-on-new-errors');
    expect(worse.code).toBe(1);
  });

  it('stats reads one scenario, and names the scenarios when the one asked for is not there', async () => {
    const reorg = await run('stats', `${file}#Split PMs`);
    expect(reorg.out).toMatch(/^headcount: 7 in post, 1 open roles/);
    const asIs = await run('stats', file);
    expect(asIs.out).toMatch(/^headcount: 8 in post, 0 open roles/);
    const missing = await run('stats', `${file}#Nope`);
    expect(missing.code).toBe(2);
    expect(missing.err).toContain(
      'no scenario is named or has the id "Nope"; the plan has “As-is” (as-is), “Split PMs” (reorg), “Two managers” (worse)',
    );
  });

  it('check checks every scenario, each reported as FILE#name, the exit code from the worst', async () => {
    const all = await run('check', file);
    expect(all.code).toBe(1);
    expect(all.out).toContain(`${file}#Two managers  error  single-manager`);
    expect(all.out).toContain(`${file}#As-is  error  po-internal-stakeholders-only`);
    expect(all.out).not.toContain(`${file}#As-is  error  single-manager`);
    // One scenario named: only its findings, under its name.
    const one = await run('check', `${file}#worse`);
    const lines = one.out.split('\n').slice(0, -1);
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.every((line) => line.startsWith(`${file}#Two managers  `))).toBe(true);
    // A plan without proposals is reported under its file name, as before scenarios.
    const json = await run('check', plain, '--format=json');
    expect((JSON.parse(json.out) as { files: { path: string }[] }).files.map((f) => f.path)).toEqual([plain]);
  });

  it('export writes one scenario of the file', async () => {
    const reorg = await run('export', `${file}#Split PMs`, '--format', 'csv');
    expect(reorg.code).toBe(0);
    expect(reorg.out).toContain('Noor Haddad');
    const asIs = await run('export', file, '--format', 'csv');
    expect(asIs.out).not.toContain('Noor Haddad');
    expect((await run('export', `${file}#Nope`, '--format', 'csv')).code).toBe(2);
  });

  it('render draws one scenario of the file, the file alone its own plan', async () => {
    const reorgSvg = join(dir, 'reorg.svg');
    const reorg = await run('render', `${file}#split pms`, '--out', reorgSvg);
    expect(reorg.code).toBe(0);
    expect(readFileSync(reorgSvg, 'utf8')).toContain('Noor Haddad');
    const asIsSvg = join(dir, 'as-is.svg');
    expect((await run('render', file, '--out', asIsSvg)).code).toBe(0);
    expect(readFileSync(asIsSvg, 'utf8')).not.toContain('Noor Haddad');
    const missing = await run('render', `${file}#Nope`, '--out', join(dir, 'nope.svg'));
    expect(missing.code).toBe(2);
    expect(missing.err).toContain('no scenario is named or has the id "Nope"');
  });
});
