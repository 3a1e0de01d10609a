/**
 * Exports drawn by the core renderer, from the app, checked with independent
 * readers: PNG by pngjs (size, not blank, dark text pixels in the cards' name
 * areas, the plan embedded), SVG by the browser's XML parser and librsvg
 * (one name per card, rendered not blank), PDF by poppler (pages, names).
 * The article example and org-1516 (imported with the core CSV importer, so
 * in the compact layout) in all three formats; sizes and times are logged.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importCsv } from '../../src/shared/csv/import-csv';
import { articleExamplePlan } from '../../src/shared/example/article-example';
import { serializePlan } from '../../src/shared/format/serialize';
import { NODE_WIDTH } from '../../src/shared/layout/card-size';
import { layoutPlan } from '../../src/shared/layout/tree-layout';
import type { Plan } from '../../src/shared/model/types';
import { PLAN_KEYWORD, readTextChunk } from '../../src/shared/png/chunks';
import { buildDisplayList } from '../../src/shared/render/display-list';
import { printable } from '../../src/shared/render/pdf-draw';
import { connectBrowser, openApp, RESULTS_DIR } from './helpers';
import { countInk, decodePng, downloadOf, fileMenu } from './files-helpers';

const CSV = resolve(import.meta.dirname, '../fixtures/org-1516.csv');
const DIALOG = 'Export the plan as an image';

function org1516(): Plan {
  const result = importCsv(readFileSync(CSV, 'utf8'));
  if (!result.ok) throw new Error(result.refusal.kind);
  return { ...result.plan, name: 'org-1516' };
}

const PLANS: readonly (readonly [string, () => Plan])[] = [
  ['the article example', () => layoutPlan(articleExamplePlan())],
  ['org-1516', org1516],
];

async function load(page: Page, plan: Plan): Promise<void> {
  await page.evaluate(`window.__orgPlannerTest.loadPlanText(${JSON.stringify(serializePlan(plan))})`);
}

async function exportAs(
  page: Page,
  format: 'PNG' | 'SVG' | 'PDF',
  choose: (dialog: ReturnType<Page['getByRole']>) => Promise<void> = () => Promise.resolve(),
): Promise<{ bytes: Buffer; size: string; ms: number }> {
  await fileMenu(page, format === 'SVG' ? /Export SVG image/ : /Export PNG image/);
  const dialog = page.getByRole('dialog', { name: DIALOG });
  await dialog.waitFor();
  if (format === 'PDF') await dialog.getByLabel('PDF pages to print').check();
  await choose(dialog);
  const size = (await page.getByTestId('export-size').textContent()) ?? '';
  const started = Date.now();
  const { bytes } = await downloadOf(page, () => page.getByTestId('export-go').click(), 180_000);
  return { bytes, size, ms: Date.now() - started };
}

/** Pixels darker than the card fills (the name text is #1a2030 on a pale fill) in a box. */
function darkPixels(png: PNG, x: number, y: number, w: number, h: number): number {
  let dark = 0;
  for (let row = Math.max(0, Math.floor(y)); row < Math.min(png.height, y + h); row++)
    for (let col = Math.max(0, Math.floor(x)); col < Math.min(png.width, x + w); col++) {
      const i = (row * png.width + col) * 4;
      if (png.data[i]! < 90 && png.data[i + 1]! < 90 && png.data[i + 2]! < 110) dark++;
    }
  return dark;
}

function pdfText(path: string): string {
  return execFileSync('pdftotext', [path, '-'], { encoding: 'utf8', maxBuffer: 1 << 28 });
}

describe('exporting charts drawn by the core renderer', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await connectBrowser();
    mkdirSync(RESULTS_DIR, { recursive: true });
  });
  afterAll(async () => {
    await browser.close();
  });

  for (const [label, make] of PLANS) {
    const slug = label === 'org-1516' ? 'org-1516' : 'article';
    it(`exports ${label} as PNG, SVG and PDF, every card legible`, async () => {
      const plan = make();
      const list = buildDisplayList(plan, { title: plan.name ?? 'Untitled plan' });
      const { page, context } = await openApp(browser);
      await load(page, plan);

      // PNG at 1×: every card at full size, the plan embedded.
      const png = await exportAs(page, 'PNG', (dialog) => dialog.getByLabel('1×').check());
      writeFileSync(resolve(RESULTS_DIR, `export-${slug}.png`), png.bytes);
      console.log(`${label} PNG 1×: ${png.size}; ${png.bytes.length} bytes in ${png.ms} ms`);
      const image = decodePng(png.bytes);
      expect([image.width, image.height]).toEqual([list.width, list.height]);
      expect(countInk(image)).toBeGreaterThan(image.width * image.height * 0.02);
      // A sample of cards (every card for the small plan): dark text in each name's area.
      const step = Math.max(1, Math.floor(list.cards.length / 60));
      for (let i = 0; i < list.cards.length; i += step) {
        const card = list.cards[i]!;
        expect(darkPixels(image, card.x + 12, card.y + 28, NODE_WIDTH - 24, 34), card.name).toBeGreaterThan(20);
      }
      expect(readTextChunk(new Uint8Array(png.bytes), PLAN_KEYWORD)).toBe(serializePlan(plan));

      // SVG: well-formed XML, one name per card, rendered by librsvg.
      const svg = await exportAs(page, 'SVG');
      const svgPath = resolve(RESULTS_DIR, `export-${slug}.svg`);
      writeFileSync(svgPath, svg.bytes);
      console.log(`${label} SVG: ${svg.size}; ${svg.bytes.length} bytes in ${svg.ms} ms`);
      const text = svg.bytes.toString('utf8');
      const parseError = await page.evaluate<string | null>(
        `new DOMParser().parseFromString(${JSON.stringify(text)}, 'image/svg+xml').querySelector('parsererror')?.textContent ?? null`,
      );
      expect(parseError).toBeNull();
      expect(text.match(/<text class="name"/g)).toHaveLength(plan.nodes.length);
      expect(text).not.toContain('foreignObject');
      const rendered = PNG.sync.read(
        execFileSync('rsvg-convert', ['--format', 'png', '--zoom', '0.25', svgPath], { maxBuffer: 1 << 28 }),
      );
      expect(countInk(rendered)).toBeGreaterThan(rendered.width * rendered.height * 0.02);

      // PDF: A4 landscape pages, every name in the text.
      const pdf = await exportAs(page, 'PDF');
      const pdfPath = resolve(RESULTS_DIR, `export-${slug}.pdf`);
      writeFileSync(pdfPath, pdf.bytes);
      const pdfString = pdfText(pdfPath);
      const pages = pdfString.split('\f').length - 1;
      console.log(`${label} PDF A4 landscape: ${pages} pages; ${pdf.bytes.length} bytes in ${pdf.ms} ms`);
      expect(pdf.bytes.subarray(0, 5).toString()).toBe('%PDF-');
      expect(pdfString).toContain('Overview');
      expect(pdfString).toMatch(/p\. \d+: /);
      // Each name as its card draws it (a long one on two lines, or cut with an ellipsis).
      const flowing = pdfString.replace(/\s+/g, ' ');
      for (const card of list.cards) {
        const shapes = list.items.slice(card.firstItem, card.firstItem + card.itemCount);
        const drawn = shapes.flatMap((item) => (item.kind === 'text' && item.role !== undefined ? [item.text] : []));
        expect(flowing).toContain(printable(drawn.join(' ')));
      }
      expect(pages).toBeLessThanOrEqual(label === 'org-1516' ? 110 : 4);
      await context.close();
    }, 600_000);
  }

  it('says what it does instead of 2× when org-1516 would pass the canvas limit, and does it', async () => {
    const { page, context } = await openApp(browser);
    await load(page, org1516());
    const png = await exportAs(page, 'PNG', (dialog) => dialog.getByLabel('2×').check());
    expect(png.size).toMatch(/at 1\.\d+× instead of 2×: .* over the 16,384 px limit/);
    const image = decodePng(png.bytes);
    expect(`${image.width.toLocaleString('en-US')} × ${image.height.toLocaleString('en-US')} px`).toBe(
      png.size.slice(0, png.size.indexOf(' px') + 3),
    );
    expect(Math.max(image.width, image.height)).toBeLessThanOrEqual(16_384);
    console.log(`org-1516 PNG 2× asked: ${png.size.slice(0, 40)}; ${png.bytes.length} bytes in ${png.ms} ms`);
    await context.close();
  }, 600_000);

  it('exports everyone by default, and collapsed subtrees as one box with a count when asked', async () => {
    const { page, context } = await openApp(browser);
    const plan = layoutPlan(articleExamplePlan());
    await load(page, plan);
    await page.locator('.react-flow__node[data-id="cpo"] [title^="Collapse subtree"]').click();
    const all = await exportAs(page, 'SVG');
    expect(all.bytes.toString('utf8').match(/<text class="name"/g)).toHaveLength(plan.nodes.length);
    const dialogText = await (async () => {
      const shown = await exportAs(page, 'SVG', async (dialog) => {
        await dialog.getByLabel('As shown (collapsed subtrees as one box with a count)').check();
      });
      return shown.bytes.toString('utf8');
    })();
    const names = dialogText.match(/<text class="name"/g) ?? [];
    expect(names.length).toBeLessThan(plan.nodes.length);
    expect(dialogText).toMatch(/>\+\d+<\/text>/);
    // The dialog says which it uses.
    await fileMenu(page, /Export SVG image/);
    expect(await page.getByTestId('export-scope').textContent()).toMatch(
      /^As shown: \d+ cards?, with \d+ people in collapsed/,
    );
    await context.close();
  }, 120_000);
});
