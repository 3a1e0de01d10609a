/**
 * `--profile`: where the app's time goes, from Chromium's sampling CPU profiler
 * (CDP Profiler domain): the open of a plan and a pan and zoom, app and bare
 * side by side, summed by function (self time), top entries.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { Plan } from '@shared/model/types';
import { bareElements, toCenter } from './elements';
import { openAndWaitPainted, readView } from './page-probes';
import type { AroundEnter } from './rename';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
  children?: number[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples?: number[];
  timeDeltas?: number[];
}

export interface ProfileTools {
  panAndZoom(page: Page): Promise<number[]>;
  renameNext(page: Page, plan: Plan, used: Set<string>, run: number, around?: AroundEnter): Promise<unknown>;
  openApp(browser: Browser, url: string): Promise<Page>;
  openBare(browser: Browser, url: string, pane: { width: number; height: number }): Promise<Page>;
}

const TOP = 14;

function summarize(profiles: readonly CpuProfile[]): { total: number; rows: [string, number][] } {
  const self = new Map<string, number>();
  let total = 0;
  for (const profile of profiles) {
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    const samples = profile.samples ?? [];
    const deltas = profile.timeDeltas ?? [];
    for (let i = 0; i < samples.length; i++) {
      const node = byId.get(samples[i] as number);
      const dt = (deltas[i + 1] ?? 0) / 1000;
      if (node === undefined) continue;
      const frame = node.callFrame;
      const file = frame.url.split('/').pop() ?? '';
      const key =
        frame.url === ''
          ? `(${frame.functionName || 'anonymous'})`
          : `${frame.functionName || '(anonymous)'} ${file}:${frame.lineNumber + 1}`;
      self.set(key, (self.get(key) ?? 0) + dt);
      if (frame.functionName !== '(idle)' && frame.functionName !== '(program)') total += dt;
    }
  }
  const rows = [...self.entries()].filter(([k]) => k !== '(idle)').sort((a, b) => b[1] - a[1]);
  return { total, rows: rows.slice(0, TOP) };
}

async function profiledValue<T>(page: Page, work: () => Promise<T>): Promise<{ profile: CpuProfile; value: T }> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  const value = await work();
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: CpuProfile };
  await cdp.detach();
  return { profile, value };
}

async function profiled(page: Page, work: () => Promise<unknown>): Promise<CpuProfile> {
  return (await profiledValue(page, work)).profile;
}

/** `BENCH_PROFILE_DIR=dir`: each profile is also written there as a .cpuprofile (Chromium DevTools opens it). */
function keep(title: string, profiles: readonly CpuProfile[]): void {
  const dir = process.env.BENCH_PROFILE_DIR;
  if (dir === undefined || dir === '') return;
  mkdirSync(dir, { recursive: true });
  const slug = title
    .replace(/[^a-z0-9]+/gi, '-')
    .replace(/^-|-$/g, '')
    .toLowerCase();
  profiles.forEach((profile, i) => {
    writeFileSync(join(dir, `${slug}${profiles.length > 1 ? `-${i + 1}` : ''}.cpuprofile`), JSON.stringify(profile));
  });
}

function table(title: string, profile: CpuProfile | readonly CpuProfile[], plan: string): string {
  const profiles = Array.isArray(profile) ? profile : [profile];
  keep(`${plan} ${title}`, profiles);
  const { total, rows } = summarize(profiles);
  const lines = [
    `${title}: ${total.toFixed(0)} ms busy (not idle)\n`,
    '| function (bundle:line) | self ms |',
    '|---|---:|',
  ];
  for (const [name, ms] of rows) lines.push(`| \`${name.replace(/\|/g, '\\|')}\` | ${ms.toFixed(1)} |`);
  return lines.join('\n');
}

export async function profileApp(
  browser: Browser,
  urls: { app: string; bare: string },
  subject: { label: string; plan: Plan; text: string },
  tools: ProfileTools,
): Promise<string> {
  const ids = subject.plan.nodes.map((n) => n.id);
  const out: string[] = [`## CPU profile (${subject.label})\n`];
  const tab = (title: string, profile: CpuProfile | readonly CpuProfile[]): string =>
    table(title, profile, subject.label);
  const page = await tools.openApp(browser, urls.app);
  out.push(
    tab(
      'App: open and first paint',
      await profiled(page, () =>
        page.evaluate(openAndWaitPainted, { ids, target: 'app', payload: subject.text, stableFrames: 6 }),
      ),
    ),
  );
  out.push(tab('\nApp: pan and zoom at load zoom', await profiled(page, () => tools.panAndZoom(page))));
  const used = new Set<string>();
  await tools.renameNext(page, subject.plan, used, 0); // warm-up: the first edit compiles the edit paths
  const renames: CpuProfile[] = [];
  for (let run = 1; run <= 3; run++)
    await tools.renameNext(page, subject.plan, used, run, async (enter) => {
      const { profile, value } = await profiledValue(page, enter);
      renames.push(profile);
      return value;
    });
  out.push(tab('\nApp: three renames (each from the Enter to its painted frame)', renames));
  const view = await page.evaluate(readView);
  await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Shift+Digit1');
  await page.waitForTimeout(1500); // the fit's animation
  const fitted = await page.evaluate(readView);
  out.push(tab('\nApp: pan and zoom, fitted', await profiled(page, () => tools.panAndZoom(page))));
  await page.context().close();
  const bare = await tools.openBare(browser, urls.bare, view);
  const payload = { ...bareElements(subject.plan), view: toCenter(view) };
  out.push(
    tab(
      '\nBare: open and first paint',
      await profiled(bare, () => bare.evaluate(openAndWaitPainted, { ids, target: 'bare', payload, stableFrames: 6 })),
    ),
  );
  out.push(tab('\nBare: pan and zoom', await profiled(bare, () => tools.panAndZoom(bare))));
  await bare.evaluate((v) => {
    (window as unknown as { __bareSetView: (view: unknown) => void }).__bareSetView(v);
  }, toCenter(fitted));
  await bare.waitForTimeout(500);
  out.push(tab('\nBare: pan and zoom, fitted', await profiled(bare, () => tools.panAndZoom(bare))));
  await bare.context().close();
  return out.join('\n');
}
