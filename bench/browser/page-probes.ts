/**
 * Code that runs inside the page (passed to page.evaluate, so each function is
 * self-contained: no imports, no helpers from outside its body).
 */

export interface PaintResult {
  /**
   * From the hand-over (or, with `fromNavigation`, from the start of the navigation) to the frame after the final
   * set of visible cards was first in the DOM at the final viewport.
   */
  readonly ms: number;
  /** Cards in the DOM with a non-zero box that intersects the canvas pane (0 while the overview layer shows). */
  readonly visible: number;
  /** The app drew the plan as its whole-org overview layer (one canvas, src/renderer/src/canvas/overview). */
  readonly overview: boolean;
  readonly timedOut: boolean;
}

export interface PaintArgs {
  readonly ids: readonly string[];
  /**
   * 'app' opens the plan text as File › Open does (the test hook's openPlanFile: read, parse, load, fit);
   * 'app-load' only loads it (loadPlanText: no fit, the viewport stays); 'bare' calls window.__bareLoad with
   * ready-made elements.
   */
  readonly target: string;
  readonly payload: unknown;
  readonly stableFrames: number;
  /** Time from the start of the page's navigation (a cold start) instead of from the hand-over. */
  readonly fromNavigation?: boolean;
}

/**
 * Hands the plan over and waits until it is painted: in a requestAnimationFrame loop, counts the
 * `.react-flow__node` elements with a non-zero box inside the pane (only once every card in the DOM
 * belongs to the new plan; or, when the app shows its whole-org overview layer instead of cards, that layer) and
 * reads the viewport transform; the time is taken one frame after the count
 * and the transform first reached the values they then keep for `stableFrames` frames (so a fit's animation
 * is waited for).
 */
export async function openAndWaitPainted(args: PaintArgs): Promise<PaintResult> {
  const want = new Set(args.ids);
  const frame = (): Promise<number> =>
    new Promise((resolve) => {
      requestAnimationFrame(() => {
        resolve(performance.now());
      });
    });
  /** The overview canvas, sized: small plans (the example) never show it, so it always shows the new plan. */
  const overviewShown = (): boolean => {
    const canvas = document.querySelector<HTMLCanvasElement>('.react-flow canvas.op-overview');
    return canvas !== null && canvas.width > 0 && canvas.height > 0;
  };
  function visibleCount(): number {
    const flow = document.querySelector('.react-flow');
    if (flow === null) return -1;
    if (overviewShown()) return 0;
    const pane = flow.getBoundingClientRect();
    let count = 0;
    for (const el of document.querySelectorAll<HTMLElement>('.react-flow__node')) {
      if (!want.has(el.dataset.id ?? '')) return -1;
      const r = el.getBoundingClientRect();
      if (
        r.width > 0 &&
        r.height > 0 &&
        r.right > pane.left &&
        r.left < pane.right &&
        r.bottom > pane.top &&
        r.top < pane.bottom
      )
        count++;
    }
    return count;
  }
  const transform = (): string => document.querySelector<HTMLElement>('.react-flow__viewport')?.style.transform ?? '';
  if (args.fromNavigation !== true) await frame();
  const t0 = args.fromNavigation === true ? 0 : performance.now();
  const hook = (
    window as unknown as {
      __orgPlannerTest: { loadPlanText(text: string): void; openPlanFile(text: string): Promise<void> };
    }
  ).__orgPlannerTest;
  if (args.target === 'app') void hook.openPlanFile(args.payload as string);
  else if (args.target === 'app-load') hook.loadPlanText(args.payload as string);
  else {
    const load = (window as unknown as { __bareLoad: (plan: unknown) => void }).__bareLoad;
    load(args.payload);
  }
  let last = '';
  let changedFrame = -1;
  let paintedAt = 0;
  for (let n = 0; ; n++) {
    const now = await frame();
    const count = visibleCount();
    const key = `${count} ${transform()}`;
    if (key !== last) {
      last = key;
      changedFrame = n;
      paintedAt = 0;
    } else if (n === changedFrame + 1) paintedAt = now;
    const overview = count === 0 && overviewShown();
    if ((count > 0 || overview) && paintedAt > 0 && n - changedFrame >= args.stableFrames)
      return { ms: paintedAt - t0, visible: count, overview, timedOut: false };
    if (now - t0 > 60_000) return { ms: now - t0, visible: count, overview, timedOut: true };
  }
}

export interface ViewState {
  readonly tx: number;
  readonly ty: number;
  readonly zoom: number;
  readonly width: number;
  readonly height: number;
}

/** The viewport transform as React Flow wrote it, and the size of the pane. */
export function readView(): ViewState {
  const viewport = document.querySelector<HTMLElement>('.react-flow__viewport');
  const flow = document.querySelector('.react-flow');
  if (viewport === null || flow === null) throw new Error('no React Flow on the page');
  const match = /translate\(\s*(-?[\d.e+-]+)px\s*,\s*(-?[\d.e+-]+)px\s*\)\s*scale\(\s*([\d.e+-]+)\s*\)/.exec(
    viewport.style.transform,
  );
  if (match === null) throw new Error(`unexpected viewport transform: ${viewport.style.transform}`);
  const rect = flow.getBoundingClientRect();
  return { tx: Number(match[1]), ty: Number(match[2]), zoom: Number(match[3]), width: rect.width, height: rect.height };
}

/** A point on the empty pane (not on a card or a control), in page coordinates, for drags and wheel ticks. */
export function emptyPanePoint(): { x: number; y: number } | null {
  const flow = document.querySelector('.react-flow');
  if (flow === null) return null;
  const r = flow.getBoundingClientRect();
  const cx = r.left + r.width / 2;
  const cy = r.top + r.height / 2;
  for (let radius = 0; radius < Math.min(r.width, r.height) / 2; radius += 12) {
    for (let a = 0; a < 16; a++) {
      const x = cx + radius * Math.cos((a * Math.PI) / 8);
      const y = cy + radius * Math.sin((a * Math.PI) / 8);
      const el = document.elementFromPoint(x, y);
      if (el?.classList.contains('react-flow__pane') === true) return { x, y };
    }
  }
  return null;
}

/** One requestAnimationFrame interval, and whether the viewport transform differed from the frame before. */
export interface FrameSample {
  readonly ms: number;
  readonly moved: boolean;
}

/** Starts collecting requestAnimationFrame deltas (and whether the view moved) into window.__frames. */
export function startFrameLog(): void {
  const w = window as unknown as { __frames: FrameSample[]; __frameLogOn: boolean };
  w.__frames = [];
  w.__frameLogOn = true;
  const viewport = document.querySelector<HTMLElement>('.react-flow__viewport');
  let last = performance.now();
  let lastTransform = viewport?.style.transform ?? '';
  const tick = (now: number): void => {
    if (!w.__frameLogOn) return;
    const current = viewport?.style.transform ?? '';
    w.__frames.push({ ms: now - last, moved: current !== lastTransform });
    last = now;
    lastTransform = current;
    requestAnimationFrame(tick);
  };
  requestAnimationFrame((now) => {
    last = now;
    requestAnimationFrame(tick);
  });
}

export function stopFrameLog(): FrameSample[] {
  const w = window as unknown as { __frames: FrameSample[]; __frameLogOn: boolean };
  w.__frameLogOn = false;
  return w.__frames;
}

/** A mouse press during the pan: what it landed on (the empty pane or not) and the view at that moment. */
export interface PressSample {
  readonly target: string;
  readonly onPane: boolean;
  readonly transform: string;
}

/** Starts logging the pan's mouse presses (capture phase, before React Flow sees them) into window.__presses. */
export function startPressLog(): void {
  const w = window as unknown as { __presses: PressSample[]; __pressLog?: (event: Event) => void };
  w.__presses = [];
  w.__pressLog = (event: Event): void => {
    const target = event.target instanceof Element ? event.target : null;
    const viewport = document.querySelector<HTMLElement>('.react-flow__viewport');
    w.__presses.push({
      target: target === null ? '' : `${target.tagName.toLowerCase()}.${target.getAttribute('class') ?? ''}`,
      onPane: target?.classList.contains('react-flow__pane') === true,
      transform: viewport?.style.transform ?? '',
    });
  };
  window.addEventListener('pointerdown', w.__pressLog, true);
}

export function stopPressLog(): PressSample[] {
  const w = window as unknown as { __presses: PressSample[]; __pressLog?: (event: Event) => void };
  if (w.__pressLog !== undefined) window.removeEventListener('pointerdown', w.__pressLog, true);
  return w.__presses;
}
