/**
 * Names holding characters XML forbids (U+0001–U+001F but tab/LF/CR, U+FFFE, U+FFFF) made
 * the SVG export invalid XML while the app said "Exported", and the PNG export fail with
 * "[object Event]". Every export removes them: the SVG parses as XML, the PNG is made.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serializePlan } from '../../src/shared/format/serialize';
import { emptyPlan, type Plan, type PlanNode } from '../../src/shared/model/types';
import { connectBrowser, openApp } from './helpers';
import { decodePng, downloadOf, fileMenu } from './files-helpers';

const UNSAFE = [
  ...Array.from({ length: 0x20 }, (_, code) => String.fromCharCode(code)).filter((c) => !'\t\n\r\0'.includes(c)),
  '\uFFFE',
  '\uFFFF',
];

/** One card per unsafe character (in the name and the title), plus `filler` plain cards. */
function planWithUnsafeNames(filler: number): Plan {
  const nodes: PlanNode[] = UNSAFE.map((c, i) => ({
    id: `u${i}`,
    kind: 'person',
    name: `Name${c}${i}`,
    title: `Title${c}`,
    position: { x: (i % 10) * 260, y: Math.floor(i / 10) * 120 },
  }));
  for (let i = 0; i < filler; i++) {
    nodes.push({
      id: `f${i}`,
      kind: 'person',
      name: `F${i}`,
      position: { x: (i % 20) * 260, y: 600 + Math.floor(i / 20) * 120 },
    });
  }
  return { ...emptyPlan(`Plan\u0001with\u0007controls`), nodes, edges: [] };
}

async function load(page: Page, plan: Plan): Promise<void> {
  await page.evaluate(`window.__orgPlannerTest.loadPlanText(${JSON.stringify(serializePlan(plan))})`);
}

function hasRsvg(): boolean {
  try {
    execFileSync('rsvg-convert', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

describe('exporting names with control characters', () => {
  let browser: Browser;
  let scratch: string;
  beforeAll(async () => {
    browser = await connectBrowser();
    scratch = mkdtempSync(join(tmpdir(), 'org-planner-unsafe-'));
  });
  afterAll(async () => {
    await browser.close();
    rmSync(scratch, { recursive: true, force: true });
  });

  // A small plan and a large one (html-to-image and a simplified drawing made them before the core renderer).
  it.each([
    ['a small plan', 0],
    ['a large plan', 320],
  ])(
    '%s: the SVG parses as XML and the PNG is made',
    async (_, filler) => {
      const { page, context } = await openApp(browser);
      await load(page, planWithUnsafeNames(filler));
      await fileMenu(page, /Export SVG image/);
      const svg = (await downloadOf(page, () => page.getByTestId('export-go').click(), 60_000)).bytes.toString('utf8');
      // The page's own XML parser (the DOM types are not in the tests' lib): the error text, or null.
      const parseError = await page.evaluate<string | null>(
        `new DOMParser().parseFromString(${JSON.stringify(svg)}, 'image/svg+xml').querySelector('parsererror')?.textContent ?? null`,
      );
      expect(parseError).toBeNull();
      expect(svg).toContain('Name0');
      if (hasRsvg()) {
        const file = join(scratch, `plan-${filler}.svg`);
        writeFileSync(file, svg);
        expect(execFileSync('rsvg-convert', ['-f', 'png', '-w', '200', file]).subarray(1, 4).toString()).toBe('PNG');
      }
      await fileMenu(page, /Export PNG image/);
      const png = decodePng((await downloadOf(page, () => page.getByTestId('export-go').click(), 60_000)).bytes);
      expect(png.width).toBeGreaterThan(100);
      await context.close();
    },
    120_000,
  );
});
