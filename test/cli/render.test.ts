/**
 * `org-planner render` as CI runs it: CSV in, chart out, no browser. Every
 * output is read back with an independent tool: SVG by librsvg (libxml2),
 * PNG by pngjs, PDF by poppler's pdftotext.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articleExamplePlan } from '@shared/example/article-example';
import { serializePlan } from '@shared/format/serialize';

const root = fileURLToPath(new URL('../..', import.meta.url));
const cli = join(root, 'out/cli/index.js');
const csvPath = fileURLToPath(new URL('../fixtures/org-1516.csv', import.meta.url));
let scratch: string;
let example: string;
let org: string;

function run(...args: string[]): { code: number; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [cli, ...args], { cwd: root, encoding: 'utf8' });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

function pdfText(path: string, first?: number, last?: number): string {
  const range = first === undefined ? [] : ['-f', String(first), '-l', String(last ?? first)];
  return execFileSync('pdftotext', [...range, path, '-'], { encoding: 'utf8', maxBuffer: 1 << 26 });
}

function pdfPages(path: string): number {
  // pdftotext ends every page with a form feed.
  return pdfText(path).split('\f').length - 1;
}

beforeAll(() => {
  execFileSync(
    process.execPath,
    [join(root, 'node_modules/vite/bin/vite.js'), 'build', '--config', 'vite.cli.config.mts', '--logLevel', 'error'],
    { cwd: root, stdio: 'pipe' },
  );
  scratch = mkdtempSync(join(tmpdir(), 'org-planner-render-'));
  example = join(scratch, 'example.orgplan.json');
  writeFileSync(example, serializePlan(articleExamplePlan()));
  org = join(scratch, 'org.orgplan.json');
  expect(run('import-csv', csvPath, '--out', org).code).toBe(0);
}, 120_000);

afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
});

describe('org-planner render', () => {
  it('writes an SVG that librsvg parses and renders, with every name as text', () => {
    const out = join(scratch, 'example.svg');
    const result = run('render', example, '--out', out);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Rendered 19 cards to .*example\.svg \(\d+ × \d+ px\)/);
    const svg = readFileSync(out, 'utf8');
    expect(svg.match(/<text class="name"/g)).toHaveLength(articleExamplePlan().nodes.length);
    expect(svg).toContain('>Maria Fernandes</text>');
    const png = PNG.sync.read(execFileSync('rsvg-convert', ['--format', 'png', out], { maxBuffer: 1 << 26 }));
    expect(png.width).toBeGreaterThan(1000);
  });

  it('writes a PNG at the scale asked for, not blank', () => {
    const one = join(scratch, 'one.png');
    const two = join(scratch, 'two.png');
    expect(run('render', example, '--out', one).code).toBe(0);
    expect(run('render', example, '--out', two, '--scale', '2').code).toBe(0);
    const a = PNG.sync.read(readFileSync(one));
    const b = PNG.sync.read(readFileSync(two));
    expect(b.width).toBe(a.width * 2);
    let dark = 0;
    for (let i = 0; i < a.data.length; i += 4) if (a.data[i]! < 100) dark++;
    expect(dark).toBeGreaterThan(1000); // text and lines, not an empty canvas
  });

  it('writes org-1516 as a paged PDF: an overview, an index, then legible pages naming every person', () => {
    const out = join(scratch, 'org.pdf');
    const result = run('render', org, '--out', out, '--page', 'a4-portrait');
    expect(result.code).toBe(0);
    const pages = pdfPages(out);
    expect(result.stdout).toContain(`(${pages} pages, a4-portrait)`);
    expect(pages).toBeGreaterThan(10);
    expect(pdfText(out, 1)).toContain('Overview');
    expect(pdfText(out, 2)).toMatch(/p\. \d+: Ian Devling/);
    const text = pdfText(out);
    for (const name of ['Ian Devling', 'Davolio Nancy', 'Leverling Janet']) expect(text).toContain(name);
    expect(text).toMatch(/continues on p\. \d+/);
    expect(text).toContain(`Page ${pages} of ${pages}`);
  }, 60_000);

  it('lays out with --layout tree when asked', () => {
    const compact = join(scratch, 'compact.svg');
    const tree = join(scratch, 'tree.svg');
    expect(run('render', org, '--out', compact).code).toBe(0);
    expect(run('render', org, '--out', tree, '--layout', 'tree').code).toBe(0);
    const widthOf = (path: string): number => Number(/width="([\d.]+)"/.exec(readFileSync(path, 'utf8'))![1]);
    expect(widthOf(tree)).toBeGreaterThan(5 * widthOf(compact));
  }, 60_000);

  it('lays out with --layout left-right, the tree turned, and names the three choices when given another', () => {
    const tree = join(scratch, 'tree-for-turn.svg');
    const leftRight = join(scratch, 'left-right.svg');
    expect(run('render', org, '--out', tree, '--layout', 'tree').code).toBe(0);
    expect(run('render', org, '--out', leftRight, '--layout', 'left-right').code).toBe(0);
    const size = (path: string): [number, number] => {
      const text = readFileSync(path, 'utf8');
      return [Number(/width="([\d.]+)"/.exec(text)![1]), Number(/height="([\d.]+)"/.exec(text)![1])];
    };
    // The wide, flat tree becomes a tall, narrow one.
    expect(size(tree)[0]).toBeGreaterThan(size(tree)[1]);
    expect(size(leftRight)[1]).toBeGreaterThan(size(leftRight)[0]);
    const refused = run('render', org, '--out', join(scratch, 'x.svg'), '--layout', 'radial');
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('--layout must be compact, tree, left-right, not "radial"');
  }, 60_000);

  it('marks problems with --problems', () => {
    const out = join(scratch, 'problems.svg');
    expect(run('render', example, '--out', out, '--problems').code).toBe(0);
    expect(readFileSync(out, 'utf8')).toContain('>!</text>');
  });

  it('exits 2 for a missing plan, an unknown format or option', () => {
    expect(run('render', join(scratch, 'missing.json'), '--out', join(scratch, 'x.svg')).code).toBe(2);
    const wrongFormat = run('render', example, '--out', join(scratch, 'x.gif'));
    expect(wrongFormat.code).toBe(2);
    expect(wrongFormat.stderr).toContain('--out <file.svg|file.png|file.pdf>');
    expect(run('render', example, '--out', join(scratch, 'x.svg'), '--scale', '9').code).toBe(2);
    expect(run('render', example, '--out', join(scratch, 'x.pdf'), '--page', 'a3').code).toBe(2);
  });
});
