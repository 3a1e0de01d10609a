/** Open and first paint: the app given the plan's text, the bare page given ready-made elements, side by side. */
import type { Browser } from 'playwright-core';
import { bareElements, toCenter } from './elements';
import { openAndWaitPainted, readView, type PaintResult, type ViewState } from './page-probes';
import { closePage, openApp, openBare, STABLE_FRAMES, type Subject, type Urls } from './pages';

const OPEN_RUNS = 5;

export interface Opened {
  readonly app: PaintResult[];
  readonly bare: PaintResult[];
  readonly bareHandles: PaintResult[];
  readonly appView: ViewState;
}

export async function measureOpen(browser: Browser, urls: Urls, subject: Subject): Promise<Opened> {
  const ids = subject.plan.nodes.map((n) => n.id);
  const app: PaintResult[] = [];
  const bare: PaintResult[] = [];
  const bareHandles: PaintResult[] = [];
  let appView: ViewState | undefined;
  const plain = bareElements(subject.plan);
  const withHandles = bareElements(subject.plan, true);
  for (let run = 0; run < OPEN_RUNS; run++) {
    const page = await openApp(browser, urls.app);
    app.push(
      await page.evaluate(openAndWaitPainted, {
        ids,
        target: 'app',
        payload: subject.text,
        stableFrames: STABLE_FRAMES,
      }),
    );
    appView ??= await page.evaluate(readView);
    await closePage(page);
    const view = appView;
    const openBareWith = async (elements: { nodes: unknown[]; edges: unknown[] }): Promise<PaintResult> => {
      const barePage = await openBare(browser, urls.bare, view);
      const result = await barePage.evaluate(openAndWaitPainted, {
        ids,
        target: 'bare',
        payload: { ...elements, view: toCenter(view) },
        stableFrames: STABLE_FRAMES,
      });
      await closePage(barePage);
      return result;
    };
    bare.push(await openBareWith(plain));
    bareHandles.push(await openBareWith(withHandles));
  }
  if (appView === undefined) throw new Error('no run');
  return { app, bare, bareHandles, appView };
}
