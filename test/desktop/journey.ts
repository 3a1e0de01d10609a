/**
 * Steps the journeys share: a fresh Desktop per test (its problems fail the
 * test), the editor ready for keys, an edit a user makes with the keyboard,
 * main's window title, and plans on disk.
 */
import { copyFileSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, beforeEach, expect } from 'vitest';
import { parsePlan } from '../../src/shared/format/parse';
import type { Plan } from '../../src/shared/model/types';
import type { BrowserWindowDouble } from './harness/browser-window';
import { Desktop } from './harness/desktop';
import type { MainRun } from './harness/main-run';

const FIXTURES = resolve(import.meta.dirname, '../fixtures/plans');

/** The Desktop of the running test; a new one for each test, closed after it. */
export function useDesktop(): () => Desktop {
  let desktop: Desktop | undefined;
  beforeEach(async () => {
    desktop = await Desktop.open();
  });
  afterEach(async () => {
    if (desktop === undefined) return;
    const problems = desktop.problems();
    await desktop.close();
    desktop = undefined;
    expect(problems).toEqual([]);
  });
  return () => {
    if (desktop === undefined) throw new Error('No desktop outside a test');
    return desktop;
  };
}

/** The canvas is up and React has attached the keyboard shortcuts (two frames after the first paint). */
export async function editorReady(page: Page): Promise<void> {
  await page.locator('.react-flow').first().waitFor();
  await page.evaluate('new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))');
}

/** Places a person with the keyboard (P) and keeps its default name: the plan gains one node and is dirty. */
export async function placePerson(page: Page, window: BrowserWindowDouble): Promise<void> {
  const before = await page.locator('.react-flow__node').count();
  await page.locator('.react-flow__pane').click({ position: { x: 40, y: 40 } });
  await page.keyboard.press('p');
  await expect.poll(() => page.locator('.react-flow__node').count()).toBe(before + 1);
  await page.keyboard.press('Enter');
  await expect.poll(() => window.getTitle()).toMatch(/^• /);
}

/** File › Open… answered with `path`; resolves once the window's title names the opened plan. */
export async function openFromMenu(
  run: MainRun,
  window: BrowserWindowDouble,
  path: string,
  name: string,
): Promise<void> {
  run.dialogs.answerOpen(path);
  run.clickMenu('File › Open…');
  await expect.poll(() => window.getTitle()).toBe(titleOf(name));
}

export function titleOf(name: string, dirty = false): string {
  return `${dirty ? '• ' : ''}${name} — Org Planner`;
}

/** Copies a fixture plan into `folder` and returns its path and parsed plan. */
export function fixturePlan(
  folder: string,
  fixture = 'clean.orgplan.json',
  as = fixture,
): { path: string; plan: Plan; name: string } {
  const path = join(folder, as);
  copyFileSync(join(FIXTURES, fixture), path);
  const plan = readPlan(path);
  if (plan.name === undefined || plan.name === '') throw new Error(`${fixture} has no name to show in the title`);
  return { path, plan, name: plan.name };
}

export function readPlan(path: string): Plan {
  const parsed = parsePlan(readFileSync(path, 'utf8'));
  if (!parsed.ok) throw new Error(`${path} is not a valid plan`);
  return parsed.plan;
}
