/**
 * axe-core in the page: injects the engine's script and runs it, returning the
 * findings that matter here (serious and critical) in a form a failed
 * assertion can print. The script comes from the `axe-core` package (a devDependency).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

/** axe.min.js's text. */
export function axeSource(): string {
  return readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
}

export interface AxeFinding {
  readonly id: string;
  readonly impact: string;
  readonly nodes: readonly { readonly target: string; readonly summary: string }[];
}

interface RawResult {
  readonly violations: readonly {
    id: string;
    impact: string | null;
    nodes: readonly { target: unknown[]; failureSummary?: string }[];
  }[];
}

/** Runs axe (WCAG 2.x A and AA plus best practices) on the page and returns its serious and critical violations. */
export async function seriousViolations(page: Page, source: string): Promise<AxeFinding[]> {
  // Evaluated through the DevTools protocol, not a <script> tag: the app's Content-Security-Policy forbids inline scripts.
  if (!(await page.evaluate('typeof window.axe !== "undefined"'))) await page.evaluate(source);
  const raw = await page.evaluate<RawResult>(
    "window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] }, resultTypes: ['violations'] })",
  );
  return raw.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({
      id: v.id,
      impact: v.impact ?? '',
      nodes: v.nodes.map((n) => ({
        target: n.target.map(String).join(' '),
        summary: (n.failureSummary ?? '').replace(/\s+/g, ' ').slice(0, 200),
      })),
    }));
}
