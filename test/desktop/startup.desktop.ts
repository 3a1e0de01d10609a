/**
 * Starting the app: the page served by main's own app:// handler in the
 * sandbox, a plan given on the command line, what survives a restart (recent
 * files, window bounds, preferences), and a second launch handing its file to
 * the first.
 */
import { describe, expect, it } from 'vitest';
import { editorReady, fixturePlan, titleOf, useDesktop } from './journey';

const desktop = useDesktop();

describe('starting the app', () => {
  it('serves the renderer from app:// with the strict CSP, sandboxed, the bridge exposed by the preload', async () => {
    const run = await desktop().start();
    const window = await run.firstWindow();
    const page = await run.page(window);
    await editorReady(page);
    expect(run.electron.app.sandboxEnabled).toBe(true);
    expect(window.options.webPreferences).toMatchObject({
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
    });
    expect(window.webContents.getURL()).toBe('app://org-planner/index.html');
    // Requests from the page itself, through main's handler.
    const served = await page.evaluate(async () => {
      const index = await fetch('/index.html');
      // Outside the renderer folder there is nothing to load.
      const escape = await fetch('/..%2fmain%2findex.js');
      return {
        csp: index.headers.get('content-security-policy'),
        type: index.headers.get('content-type'),
        escape: escape.status,
      };
    });
    expect(served).toEqual({
      csp: expect.stringContaining("script-src 'self'") as unknown,
      type: 'text/html; charset=utf-8',
      escape: 404,
    });
    await expect.poll(() => run.electron.takePageErrors(/status of 404/).length).toBe(1);
    expect(await page.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe('undefined');
    expect(window.getTitle()).toBe(titleOf('Article example: Checkout & Payments'));
  });

  it('opens a plan given on the command line', async () => {
    const { path, plan, name } = fixturePlan(desktop().home);
    const run = await desktop().start({ args: [path] });
    const window = await run.firstWindow();
    const page = await run.page(window);
    await expect.poll(() => window.getTitle()).toBe(titleOf(name));
    await expect.poll(() => page.locator('.react-flow__node').count()).toBe(plan.nodes.length);
    expect(run.ipc.some((r) => r.channel === 'plan:open-requested')).toBe(true);
  });

  it('remembers recent files, the window’s bounds and the preferences across a restart', async () => {
    const { path, name } = fixturePlan(desktop().home);
    const first = await desktop().start();
    const window = await first.firstWindow();
    const page = await first.page(window);
    await editorReady(page);
    first.dialogs.answerOpen(path);
    first.clickMenu('File › Open…');
    await expect.poll(() => window.getTitle()).toBe(titleOf(name));
    await page.locator('.react-flow__minimap').waitFor();
    first.clickMenu('View › Show Minimap');
    await page.locator('.react-flow__minimap').waitFor({ state: 'detached' });
    await expect.poll(() => first.ipc.some((r) => r.channel === 'settings:save')).toBe(true);
    const moved = { x: 140, y: 90, width: 1000, height: 700 };
    window.setBounds(moved);
    window.close();
    await first.electron.app.whenQuit;

    const second = await desktop().start();
    const again = await second.firstWindow();
    const shown = await second.page(again);
    await editorReady(shown);
    expect(again.getBounds()).toEqual(moved);
    expect(await shown.locator('.react-flow__minimap').count()).toBe(0);
    second.clickMenu('File › Open Recent › clean.orgplan.json');
    await expect.poll(() => again.getTitle()).toBe(titleOf(name));
  });

  it('hands a file from a second launch to the running app, which opens it', async () => {
    const { path, name } = fixturePlan(desktop().home);
    const first = await desktop().start();
    const window = await first.firstWindow();
    await editorReady(await first.page(window));
    const second = await desktop().start({ args: [path] });
    await second.electron.app.whenQuit;
    expect(second.windows).toHaveLength(0);
    await expect.poll(() => window.getTitle()).toBe(titleOf(name));
    expect(first.windows).toHaveLength(1);
  });
});
