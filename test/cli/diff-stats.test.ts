/** `org-planner diff` and `stats`, in-process: output formats, exit codes and bad files (docs/cli.md). */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { articleExamplePlan } from '@shared/example/article-example';
import { serializePlan } from '@shared/format/serialize';
import type { Plan } from '@shared/model/types';
import { runCliCollecting } from '../support/run-cli';
import { edit, reorganised } from '../support/reorganisation';

let dir: string;
const path = (name: string): string => join(dir, name);

function write(name: string, plan: Plan): string {
  writeFileSync(path(name), serializePlan(plan));
  return path(name);
}

const run = runCliCollecting;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'org-planner-diff-'));
  write('as-is.orgplan.json', articleExamplePlan());
  write('to-be.orgplan.json', reorganised);
  // A proposal that only adds an error: Cart's PO now also reports to a second PM.
  write(
    'worse.orgplan.json',
    edit(articleExamplePlan(), {
      edges: (edges) => [...edges, { id: 'second', kind: 'reports-to', source: 'po-cart', target: 'pm-payments' }],
    }),
  );
  writeFileSync(path('broken.orgplan.json'), '{"format":"org-planner"');
});

describe('org-planner diff', () => {
  it('prints what moved and the problem delta as text', async () => {
    const { code, out } = await run('diff', path('as-is.orgplan.json'), path('to-be.orgplan.json'));
    expect(code).toBe(0);
    expect(out).toContain('Added (1):\n  PO Noor Haddad');
    expect(out).toContain('Removed (1):\n  PO Tomás Silva');
    expect(out).toContain('PM Priya Raman-Kaur: renamed from Priya Raman');
    expect(out).toContain('Moved (1):\n  Jonas Berg: Priya Raman-Kaur → Daniel Okafor');
    expect(out).toContain('Solved problems');
    expect(out).toMatch(/headcount 8 → 7, open roles 0 → 1$/);
  });

  it('writes JSON with the documented top-level keys', async () => {
    const { code, out } = await run('diff', path('as-is.orgplan.json'), path('to-be.orgplan.json'), '--format=json');
    expect(code).toBe(0);
    const json = JSON.parse(out) as Record<string, unknown>;
    expect(Object.keys(json)).toEqual([
      'files',
      'match',
      'added',
      'removed',
      'changed',
      'moved',
      'lines',
      'problems',
      'before',
      'after',
    ]);
  });

  it('writes Markdown for a pull-request comment, escaping names', async () => {
    const marked = edit(articleExamplePlan(), {
      nodes: (nodes) => [...nodes, { id: 'x', kind: 'person', name: '[click](http://evil) *bold*' }],
    });
    write('marked.orgplan.json', marked);
    const { out } = await run('diff', path('as-is.orgplan.json'), path('marked.orgplan.json'), '--format', 'markdown');
    expect(out).toContain('#### Added (1)');
    expect(out).toContain('- person \\[click\\]\\(http://evil\\) \\*bold\\*');
    expect(out).toContain('| headcount | 8 in post, 0 open roles | 9 in post, 0 open roles |');
  });

  it('fails with --fail-on-new-errors only when the proposal introduces an error', async () => {
    const worse = await run('diff', path('as-is.orgplan.json'), path('worse.orgplan.json'), '--fail-on-new-errors');
    expect(worse.code).toBe(1);
    expect(worse.out).toContain('New problems (1):\n  error single-manager');
    const same = await run('diff', path('as-is.orgplan.json'), path('as-is.orgplan.json'), '--fail-on-new-errors');
    expect(same.code).toBe(0);
    expect((await run('diff', path('as-is.orgplan.json'), path('worse.orgplan.json'))).code).toBe(0);
  });

  it('refuses a bad file with its name, and a wrong option with the usage', async () => {
    const bad = await run('diff', path('as-is.orgplan.json'), path('broken.orgplan.json'));
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('broken.orgplan.json  invalid');
    const usage = await run('diff', path('as-is.orgplan.json'));
    expect(usage.code).toBe(2);
    expect(usage.err).toContain('diff needs two plan files');
    expect((await run('diff', 'a', 'b', '--match', 'email')).err).toContain('--match must be id, name or field:NAME');
  });
});

describe('org-planner stats', () => {
  it('prints the org metrics as text and JSON', async () => {
    const text = await run('stats', path('as-is.orgplan.json'));
    expect(text.code).toBe(0);
    expect(text.out.split('\n')).toContain('span of control: min 2, median 2, max 3; 2 managers with 1–2 reports');
    const json = await run('stats', path('as-is.orgplan.json'), '--format', 'json');
    const parsed = JSON.parse(json.out) as { metrics: { headcount: number; byKind: Record<string, number> } };
    expect(parsed.metrics.headcount).toBe(8);
    expect(parsed.metrics.byKind.team).toBe(5);
  });

  it('prints the targets from the plan’s rule settings and whether they are met', async () => {
    const text = await run('stats', path('as-is.orgplan.json'));
    expect(text.out.split('\n').filter((line) => line.startsWith('target'))).toEqual([
      'target: span of control at most 8: met (largest span 3)',
      'target: layers at most 10: met (deepest layer 3)',
    ]);
    const tight = write('tight.orgplan.json', {
      ...articleExamplePlan(),
      rules: { 'span-of-control': { options: { min: 3 } }, 'max-layers': { options: { max: 2 } } },
    });
    const json = await run('stats', tight, '--format', 'json');
    expect(json.code).toBe(0);
    expect((JSON.parse(json.out) as { targets: unknown }).targets).toEqual([
      { id: 'span-max', label: 'span of control at most 8', target: 8, value: 3, met: true },
      { id: 'span-min', label: 'span of control at least 3', target: 3, value: 2, met: false },
      { id: 'max-layers', label: 'layers at most 2', target: 2, value: 3, met: false },
    ]);
    const off = write('off.orgplan.json', {
      ...articleExamplePlan(),
      rules: { 'span-of-control': { enabled: false }, 'max-layers': { enabled: false } },
    });
    expect((await run('stats', off)).out).toContain('targets: none (span-of-control and max-layers are off)');
  });

  it('refuses a bad file with exit code 2', async () => {
    const bad = await run('stats', path('broken.orgplan.json'));
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('invalid');
  });
});
