/**
 * Pan and zoom on a fixed clock: a script of CDP mouse events (drags on the
 * empty pane, wheel ticks in and out) sent at 60 Hz from a timer, none of them
 * awaited before the next is due, so a busy page gets its input at the rate a
 * hand would send it and coalesces what it cannot keep up with, as Chromium
 * does for real input. Frame times are requestAnimationFrame deltas; a frame
 * counts as moved when the viewport transform changed since the frame before.
 * No garbage collection is forced: the rows pay for what the page left, as a
 * user does. Each gesture (a drag, then the wheel ticks) starts once the page
 * has handled the one before, as a hand waits for the view to catch up:
 * Chromium holds a busy page's wheel events back while its mouse events go
 * ahead, so without that wait the next drag's press could come before the
 * last ticks out and land on a card, and the row timed a card drag (with its
 * drop on another card) instead of a pan.
 */
import type { CDPSession, Page } from 'playwright-core';
import { median } from '../measure';
import {
  emptyPanePoint,
  startFrameLog,
  startPressLog,
  stopFrameLog,
  stopPressLog,
  type PressSample,
} from './page-probes';
import { percentile, settle, WINDOW } from './pages';

/** One event every 60 Hz frame. */
const INPUT_INTERVAL_MS = 1000 / 60;
/** Script cycles per measurement: each about one second. */
const CYCLES = 3;
const DRAG_STEPS = 20;
const WHEEL_TICKS = 8;
/** Small enough that 8 ticks in stay below the maximum zoom from a readable view (2^(50·0.002·8) = 1.74×). */
const WHEEL_DELTA = 50;

export const INTERACTION_SECONDS = Math.round((CYCLES * (2 + 2 * DRAG_STEPS + 2 * WHEEL_TICKS)) / 60);

type InputEvent = { method: 'Input.dispatchMouseEvent'; params: Record<string, unknown> };

/** The script, by gesture: per cycle a drag out and back on the empty pane, then wheel ticks in and as many out. */
function inputScript(at: { x: number; y: number }): InputEvent[][] {
  const gestures: InputEvent[][] = [];
  let events: InputEvent[] = [];
  const mouse = (params: Record<string, unknown>): void => {
    events.push({ method: 'Input.dispatchMouseEvent', params });
  };
  const endGesture = (): void => {
    gestures.push(events);
    events = [];
  };
  for (let cycle = 0; cycle < CYCLES; cycle++) {
    const dx = cycle % 2 === 0 ? 240 : -240;
    const dy = cycle % 2 === 0 ? 120 : -120;
    mouse({ type: 'mousePressed', x: at.x, y: at.y, button: 'left', buttons: 1, clickCount: 1 });
    for (let step = 1; step <= DRAG_STEPS; step++) {
      const f = step / DRAG_STEPS;
      mouse({ type: 'mouseMoved', x: at.x + dx * f, y: at.y + dy * f, button: 'left', buttons: 1 });
    }
    for (let step = DRAG_STEPS - 1; step >= 0; step--) {
      const f = step / DRAG_STEPS;
      mouse({ type: 'mouseMoved', x: at.x + dx * f, y: at.y + dy * f, button: 'left', buttons: 1 });
    }
    mouse({ type: 'mouseReleased', x: at.x, y: at.y, button: 'left', buttons: 0, clickCount: 1 });
    endGesture();
    // In first, then out at the same point: the cycle ends at the view it started from, and at a minimum zoom
    // (a fitted large plan) the ticks out are not lost.
    for (let tick = 0; tick < WHEEL_TICKS; tick++)
      mouse({ type: 'mouseWheel', x: at.x, y: at.y, deltaX: 0, deltaY: -WHEEL_DELTA });
    for (let tick = 0; tick < WHEEL_TICKS; tick++)
      mouse({ type: 'mouseWheel', x: at.x, y: at.y, deltaX: 0, deltaY: WHEEL_DELTA });
    endGesture();
  }
  return gestures;
}

/**
 * Sends each gesture's events on a fixed schedule (event i at start + i × interval), without waiting for each to
 * be handled; the next gesture starts when the page has handled them all (CDP answers once an event is handled).
 */
async function sendGestures(cdp: CDPSession, gestures: readonly (readonly InputEvent[])[]): Promise<void> {
  for (const gesture of gestures) await sendOnClock(cdp, gesture);
}

async function sendOnClock(cdp: CDPSession, events: readonly InputEvent[]): Promise<void> {
  const sent: Promise<unknown>[] = [];
  const start = performance.now();
  for (let i = 0; i < events.length; i++) {
    const due = start + i * INPUT_INTERVAL_MS;
    const wait = due - performance.now();
    if (wait > 1) await new Promise((resolve) => setTimeout(resolve, wait));
    const event = events[i] as InputEvent;
    sent.push(cdp.send(event.method, event.params as never));
  }
  await Promise.all(sent);
}

export interface FrameStats {
  readonly median: number;
  readonly p95: number;
  readonly frames: number;
  /** Frames in which the viewport transform changed. */
  readonly moved: number;
  /** Cards in the DOM when the view is back where it started. */
  readonly cards: number;
  /**
   * The drags' mouse presses that did not land on the empty pane (a card, a line): that drag moved a card or
   * nothing instead of the view, so the row timed something else than a pan.
   */
  readonly offPane: readonly PressSample[];
}

/** Pans and zooms on the fixed clock; the frame times from the first input to the last input's frame. */
export async function panAndZoom(page: Page): Promise<FrameStats> {
  const start = await page.evaluate(emptyPanePoint);
  const at = start ?? { x: WINDOW.width / 2, y: WINDOW.height / 2 };
  await page.mouse.move(at.x, at.y);
  const cdp = await page.context().newCDPSession(page);
  await page.evaluate(startPressLog);
  await page.evaluate(startFrameLog);
  await sendGestures(cdp, inputScript(at));
  await settle(page, 50);
  const frames = (await page.evaluate(stopFrameLog)).slice(1);
  const presses = await page.evaluate(stopPressLog);
  await cdp.detach();
  const cards = await page.evaluate(() => document.querySelectorAll('.react-flow__node').length);
  const ms = frames.map((f) => f.ms);
  return {
    median: median(ms),
    p95: percentile(ms, 95),
    frames: frames.length,
    moved: frames.filter((f) => f.moved).length,
    cards,
    offPane: presses.filter((p) => !p.onPane),
  };
}

/** JS heap in use after a full garbage collection (CDP), in bytes: taken after the measured rows only. */
export async function heapUsed(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const usage = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return usage.usedSize;
}
