/**
 * In-page code (passed to page.evaluate: self-contained, no imports) that times
 * a rename committed with Enter: when the DOM first shows the new name on the
 * card and the new rule counts in the status bar, its style and layout, and the
 * frame that paints it.
 */

export interface RenameArgs {
  readonly id: string;
  readonly name: string;
  /** The status bar's rule counts before the rename. */
  readonly before: string;
  /** How long to wait for the counts to change before deciding they did not. */
  readonly countsTimeoutMs: number;
}

export interface UpdateTiming {
  /** Enter keydown → the DOM shows the change (event handler, rules, React commit). */
  readonly updateMs: number;
  /** Style and layout of the change, forced at the start of the frame that shows it (paint is left out). */
  readonly layoutMs: number;
  /** Enter keydown → the end of that frame: what the user waits, including the wait for the next vsync. */
  readonly screenMs: number;
  /** Which frame after the Enter showed it (1: the very next one). */
  readonly frame: number;
}

export interface RenameResult {
  readonly card: UpdateTiming;
  /** Null when the counts did not change. */
  readonly counts: UpdateTiming | null;
  readonly before: string;
  readonly after: string;
}

/**
 * Arms the watchers before Enter is pressed; the result is the promise left in
 * `window.__renameDone`. A capturing keydown listener takes t0; a MutationObserver
 * (a microtask after React's commit) sees the change; the next requestAnimationFrame
 * is the frame that shows it: there style and layout are forced and timed, and the
 * frame's rendering ends when a MessageChannel task posted from its callback runs or,
 * if sooner, when the next frame's callback starts.
 */
export function armRename(args: RenameArgs): void {
  const w = window as unknown as { __renameDone?: Promise<RenameResult> };
  const countsText = (): string => document.querySelector('[data-testid="rule-counts"]')?.textContent ?? '';
  let t0 = -1;
  let frames = 0;
  interface Watch {
    seenAt: number;
    /** The frame that shows the change: its number after the Enter and its style and layout time. */
    shownIn: { frame: number; layoutMs: number } | null;
    timing: UpdateTiming | null;
  }
  const card: Watch = { seenAt: -1, shownIn: null, timing: null };
  const counts: Watch = { seenAt: -1, shownIn: null, timing: null };
  window.addEventListener(
    'keydown',
    (event) => {
      if (event.key === 'Enter') t0 = performance.now();
    },
    { capture: true, once: true },
  );
  const cardShowsName = (): boolean => {
    const el = document.querySelector<HTMLElement>(`.react-flow__node[data-id="${CSS.escape(args.id)}"]`);
    return el !== null && el.querySelector('input') === null && el.textContent.includes(args.name);
  };
  const observer = new MutationObserver(() => {
    if (t0 < 0) return;
    const now = performance.now();
    if (card.seenAt < 0 && cardShowsName()) card.seenAt = now;
    if (counts.seenAt < 0 && countsText() !== args.before) counts.seenAt = now;
  });
  observer.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
  w.__renameDone = new Promise<RenameResult>((resolve, reject) => {
    const started = performance.now();
    const finish = (watch: Watch, end: number): void => {
      if (watch.shownIn === null || watch.timing !== null) return;
      const { frame, layoutMs } = watch.shownIn;
      watch.timing = { updateMs: watch.seenAt - t0, layoutMs, screenMs: end - t0, frame };
    };
    // The frame's rendering is over when a task posted from its rAF runs, or at the latest when the next
    // frame's rAF starts: when the main thread is behind, Chromium runs two frames back to back and the task
    // only gets its turn after both.
    const watchFrame = (watch: Watch, frameStart: number): void => {
      if (watch.shownIn !== null) {
        finish(watch, frameStart);
        return;
      }
      if (watch.seenAt < 0) return;
      // Reading a layout property makes Chromium recalculate style and lay out now, synchronously, so this is
      // the layout the change costs; the frame's own rendering then finds nothing left to do.
      const layoutStart = performance.now();
      const height = document.body.offsetHeight;
      watch.shownIn = { frame: frames, layoutMs: height >= 0 ? performance.now() - layoutStart : 0 };
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        finish(watch, performance.now());
      };
      channel.port2.postMessage(0);
    };
    const tick = (): void => {
      const frameStart = performance.now();
      if (t0 >= 0) frames++;
      watchFrame(card, frameStart);
      watchFrame(counts, frameStart);
      const now = performance.now();
      const countsDone = counts.timing !== null || (t0 >= 0 && now - t0 > args.countsTimeoutMs);
      if (card.timing !== null && countsDone) {
        observer.disconnect();
        resolve({ card: card.timing, counts: counts.timing, before: args.before, after: countsText() });
        return;
      }
      if (now - started > 20_000) {
        observer.disconnect();
        reject(new Error(t0 < 0 ? 'the Enter key never arrived' : 'the rename was never painted'));
        return;
      }
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
}
