import { describe, expect, it, vi } from 'vitest';

// The BrowserWindow edge: record what the app constructs its windows with.
const created = vi.hoisted(() => [] as unknown[]);
vi.mock('electron', () => ({
  BrowserWindow: class {
    constructor(options: unknown) {
      created.push(options);
    }
    once(): void {
      /* ready-to-show never comes here */
    }
  },
}));

const { isPermissionAllowed, isRequestAllowed, navigationDecision } = await import('../../../src/main/window/security');
const { createBrowserWindow } = await import('../../../src/main/window/create-window');
const { HELP_LINKS } = await import('../../../src/main/links');

const policy = { trustedOrigins: ['app://org-planner'] };

describe('window security', () => {
  it('creates windows with isolation, sandbox, web security and no Node', () => {
    createBrowserWindow(
      { bounds: { x: 1, y: 2, width: 900, height: 700 }, maximized: false },
      '/app/out/preload/index.js',
    );
    expect(created.at(-1)).toMatchObject({
      x: 1,
      y: 2,
      width: 900,
      height: 700,
      show: false,
      webPreferences: {
        preload: '/app/out/preload/index.js',
        contextIsolation: true,
        sandbox: true,
        nodeIntegration: false,
        nodeIntegrationInWorker: false,
        nodeIntegrationInSubFrames: false,
        webSecurity: true,
        allowRunningInsecureContent: false,
        experimentalFeatures: false,
        webviewTag: false,
        navigateOnDragDrop: false,
        disableBlinkFeatures: 'Auxclick',
      },
    });
  });

  it('blocks every navigation; allow-listed https links go to the browser', () => {
    expect(navigationDecision('https://evil.example/')).toBe('deny');
    expect(navigationDecision('file:///home/ada/plan.orgplan.json')).toBe('deny');
    expect(navigationDecision('app://org-planner/other.html')).toBe('deny');
    expect(navigationDecision(HELP_LINKS.documentation)).toBe('open-external');
  });

  it('grants no permission except clipboard writes to our own pages', () => {
    expect(isPermissionAllowed('clipboard-sanitized-write', 'app://org-planner/index.html', policy)).toBe(true);
    expect(isPermissionAllowed('clipboard-sanitized-write', 'https://evil.example/', policy)).toBe(false);
    for (const permission of [
      'media',
      'geolocation',
      'notifications',
      'openExternal',
      'clipboard-read',
      'fullscreen',
    ]) {
      expect(isPermissionAllowed(permission, 'app://org-planner/index.html', policy)).toBe(false);
    }
  });

  it('loads no remote content', () => {
    expect(isRequestAllowed('app://org-planner/assets/app.js', policy, null)).toBe(true);
    expect(isRequestAllowed('data:image/png;base64,AAAA', policy, null)).toBe(true);
    expect(isRequestAllowed('blob:app://org-planner/1234', policy, null)).toBe(true);
    expect(isRequestAllowed('https://fonts.example/font.woff2', policy, null)).toBe(false);
    expect(isRequestAllowed('http://localhost:5173/src/main.tsx', policy, null)).toBe(false);
    expect(isRequestAllowed('file:///etc/passwd', policy, null)).toBe(false);
    const dev = { trustedOrigins: ['app://org-planner', 'http://localhost:5173'] };
    expect(isRequestAllowed('http://localhost:5173/src/main.tsx', dev, 'http://localhost:5173')).toBe(true);
    expect(isRequestAllowed('ws://localhost:5173/', dev, 'http://localhost:5173')).toBe(true);
    expect(isRequestAllowed('ws://evil.example/', dev, 'http://localhost:5173')).toBe(false);
  });
});
