/**
 * Rules while editing: renames a card in place (F2, type, Enter) and times the
 * new name on the card and the new rule counts in the status bar (see
 * rename-probe.ts). On a plan with PMs and POs the new name is one that someone
 * in the other role holds, so "roles held by different people" fires and the
 * counts change; on a plan without them (org-1516) it is a fresh name and the
 * counts cannot change.
 */
import type { Page } from 'playwright-core';
import { NODE_HEIGHT, NODE_WIDTH } from '@shared/layout/tree-layout';
import type { Plan } from '@shared/model/types';
import { toCenter } from './elements';
import { emptyPanePoint, readView } from './page-probes';
import { settle } from './pages';
import { armRename, type RenameResult, type UpdateTiming } from './rename-probe';

/** Renames per page and round. */
export const RENAME_RUNS = 3;

export interface RenameFigures {
  readonly runs: RenameResult[];
  /** What the renames did to the counts, or why they could not change them. */
  readonly note: string;
}

/** Pans with mouse drags on the empty pane until the card is near the middle of the pane (at most 40 drags). */
async function bringIntoView(page: Page, x: number, y: number): Promise<void> {
  for (let i = 0; i < 40; i++) {
    const view = await page.evaluate(readView);
    const dx = view.width / 2 - (view.tx + x * view.zoom);
    const dy = view.height / 2 - (view.ty + y * view.zoom);
    if (Math.abs(dx) < 80 && Math.abs(dy) < 80) return;
    const from = await page.evaluate(emptyPanePoint);
    if (from === null) return;
    const step = (d: number): number => Math.max(-400, Math.min(400, d));
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    await page.mouse.move(from.x + step(dx), from.y + step(dy), { steps: 5 });
    await page.mouse.up();
    await settle(page, 50);
  }
}

/** The PM or PO card nearest to the middle of the view, and a name that someone in the other role holds. */
async function renameTarget(page: Page, plan: Plan, skip: Set<string>): Promise<{ id: string; name: string } | null> {
  const view = await page.evaluate(readView);
  const centre = toCenter(view);
  let best: { id: string; d: number; x: number; y: number; kind: string } | null = null;
  for (const node of plan.nodes) {
    if ((node.kind !== 'pm' && node.kind !== 'po') || node.position === undefined || skip.has(node.id)) continue;
    const d = Math.hypot(node.position.x - centre.centerX, node.position.y - centre.centerY);
    if (best === null || d < best.d) best = { id: node.id, d, ...node.position, kind: node.kind };
  }
  if (best === null) return null;
  const otherKind = best.kind === 'pm' ? 'po' : 'pm';
  // A different holder each run: a second PM taking the same PO's name joins the same person, whose one
  // violation is already counted.
  const other = plan.nodes.find(
    (n) => n.kind === otherKind && n.name.trim() !== '' && n.vacant !== true && !skip.has(n.id),
  );
  if (other === undefined) return null;
  skip.add(other.id);
  await bringIntoView(page, best.x + NODE_WIDTH / 2, best.y + NODE_HEIGHT / 2);
  return { id: best.id, name: other.name };
}

/** The card nearest to the middle of the pane (its id), for a plain rename. */
function cardNearestCentre(): string | null {
  const flow = document.querySelector('.react-flow');
  const pane = flow?.getBoundingClientRect();
  if (pane === undefined) return null;
  let found: string | null = null;
  let bestD = Infinity;
  for (const el of document.querySelectorAll<HTMLElement>('.react-flow__node')) {
    const r = el.getBoundingClientRect();
    const d = Math.hypot(
      r.x + r.width / 2 - (pane.x + pane.width / 2),
      r.y + r.height / 2 - (pane.y + pane.height / 2),
    );
    if (d < bestD) {
      bestD = d;
      found = el.dataset.id ?? null;
    }
  }
  return found;
}

const countsText = (): string => document.querySelector('[data-testid="rule-counts"]')?.textContent ?? '';

/** Wraps the Enter that commits the rename (the CPU profile starts and stops around it). */
export type AroundEnter = (enter: () => Promise<RenameResult>) => Promise<RenameResult>;

const plainEnter: AroundEnter = (enter) => enter();

async function renameOnce(page: Page, id: string, name: string, around: AroundEnter): Promise<RenameResult> {
  const box = await page.locator(`.react-flow__node[data-id="${id}"]`).boundingBox();
  if (box === null) throw new Error(`card ${id} has no box`);
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  await page.keyboard.press('F2');
  const input = page.locator(`.react-flow__node[data-id="${id}"] input`);
  await input.waitFor();
  await input.fill(name);
  const before = await page.evaluate(countsText);
  await page.evaluate(armRename, { id, name, before, countsTimeoutMs: 1500 });
  return around(async () => {
    await page.keyboard.press('Enter');
    return page.evaluate(() => (window as unknown as { __renameDone: Promise<RenameResult> }).__renameDone);
  });
}

/**
 * Picks the next card (see renameTarget; without PMs and POs the card nearest the middle and a fresh name) and
 * renames it. `used` collects the ids already renamed or lent their name.
 */
export async function renameNext(
  page: Page,
  plan: Plan,
  used: Set<string>,
  run: number,
  around: AroundEnter = plainEnter,
): Promise<{ result: RenameResult; changesCounts: boolean }> {
  const target = await renameTarget(page, plan, used);
  if (target !== null) {
    used.add(target.id);
    return { result: await renameOnce(page, target.id, target.name, around), changesCounts: true };
  }
  const visible = await page.evaluate(cardNearestCentre);
  if (visible === null) throw new Error('no card in view to rename');
  used.add(visible);
  return { result: await renameOnce(page, visible, `Renamed ${run}`, around), changesCounts: false };
}

/** Renames on an app page already showing the plan at a readable zoom. */
export async function appRenames(page: Page, plan: Plan, runs: number): Promise<RenameFigures> {
  const results: RenameResult[] = [];
  let note = '';
  const used = new Set<string>();
  for (let run = 0; run < runs; run++) {
    const { result, changesCounts } = await renameNext(page, plan, used, run);
    results.push(result);
    note = changesCounts
      ? `“${result.before}” → “${result.after}”`
      : 'no PM or PO in the plan: a plain rename to a fresh name, the counts cannot change';
    await settle(page, 150);
  }
  return { runs: results, note };
}

/**
 * Bare React Flow's rename: the card nearest the middle gets a new label when Enter is pressed (the page's
 * `__bareArmRename`), timed by the same probe as the app's card (Enter → DOM, style and layout, frame).
 */
export async function bareRenames(page: Page, runs: number): Promise<UpdateTiming[]> {
  const timings: UpdateTiming[] = [];
  for (let run = 0; run < runs; run++) {
    const id = await page.evaluate(cardNearestCentre);
    if (id === null) throw new Error('no card in view to rename on the bare page');
    const name = `Renamed ${run}`;
    await page.evaluate(
      ([nodeId, label]) => {
        (window as unknown as { __bareArmRename: (id: string, name: string) => void }).__bareArmRename(nodeId, label);
      },
      [id, name] as const,
    );
    await page.evaluate(armRename, { id, name, before: '', countsTimeoutMs: 0 });
    await page.keyboard.press('Enter');
    const result = await page.evaluate(
      () => (window as unknown as { __renameDone: Promise<RenameResult> }).__renameDone,
    );
    timings.push(result.card);
    await settle(page, 150);
  }
  return timings;
}
