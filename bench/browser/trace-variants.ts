/**
 * `BENCH_TRACE_ONLY=1` with `--profile` (and `BENCH_TRACE_DIR`): traced pans only, for trying a style change
 * without rebuilding the renderer. `BENCH_EXTRA_CSS='css A||css B'` lists variants: the app's pan is traced once
 * per variant (the first with no extra style), twice over, each with that CSS added to the page, then the bare
 * page's pan twice (`BENCH_TRACE_ONLY=app` skips the bare page). Nothing here is in the tables of a normal run.
 */
import type { Browser, Page } from 'playwright-core';
import { bareElements } from './elements';
import { panAndZoom } from './interaction';
import { openAndWaitPainted } from './page-probes';
import { closePage, openBare, readableView, setView, STABLE_FRAMES, type Subject, type Urls } from './pages';
import { traced, traceDir } from './trace';

export async function traceVariants(
  browser: Browser,
  urls: Urls,
  subject: Subject,
  pane: { width: number; height: number },
  app: Page,
): Promise<string> {
  const ids = subject.plan.nodes.map((n) => n.id);
  const view = readableView(subject.plan);
  const dir = traceDir() ?? '/tmp';
  const slug = subject.label.replace(/[^a-z0-9]+/gi, '-').toLowerCase();
  await app.evaluate(openAndWaitPainted, { ids, target: 'app', payload: subject.text, stableFrames: STABLE_FRAMES });
  await setView(app, 'app', view, pane);
  const out: string[] = [];
  const variants = ['', ...(process.env.BENCH_EXTRA_CSS ?? '').split('||').filter((v) => v !== '')];
  for (const [i, css] of [...variants, ...variants].entries()) {
    await app.evaluate((content) => {
      let style = document.getElementById('bench-extra');
      if (style === null) {
        style = document.createElement('style');
        style.id = 'bench-extra';
        document.head.append(style);
      }
      style.textContent = content;
    }, css);
    await setView(app, 'app', view, pane);
    out.push(`variant ${i % variants.length}: ${css}`);
    out.push(...(await traced(browser, app, dir, `${slug}-app-pan-${i}`, () => panAndZoom(app))));
  }
  await closePage(app);
  if (process.env.BENCH_TRACE_ONLY === 'app') return out.join('\n');
  const bare = await openBare(browser, urls.bare, pane);
  const payload = { ...bareElements(subject.plan), view: 'fit' };
  await bare.evaluate(openAndWaitPainted, { ids, target: 'bare', payload, stableFrames: STABLE_FRAMES });
  await setView(bare, 'bare', view, pane);
  for (let i = 0; i < 2; i++)
    out.push(...(await traced(browser, bare, dir, `${slug}-bare-pan`, () => panAndZoom(bare))));
  await closePage(bare);
  return out.join('\n');
}
