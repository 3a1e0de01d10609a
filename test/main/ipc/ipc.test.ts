import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MAX_PLAN_BYTES } from '@shared/model/types';
import { COMMANDS_READY_CHANNEL, INVOKE_CHANNELS, OPEN_DROPPED_CHANNEL } from '../../../src/preload/channels';
import type { HandlerContext } from '../../../src/main/ipc/handlers';
import { registerIpcHandlers, type IpcMainLike } from '../../../src/main/ipc/register';
import type { SenderEventLike } from '../../../src/main/ipc/validate-sender';
import { DraftStore } from '../../../src/main/recovery/drafts';
import { memoryBackend } from '../../../src/main/settings/backend';
import { Settings } from '../../../src/main/settings/settings';
import { AppWindow } from '../../../src/main/window/app-window';
import { FakeHandle, FakeRecent, FakeUi, planText, tempFolder } from '../support/fakes';

type Listener = (event: SenderEventLike, ...args: unknown[]) => unknown;

class FakeIpcMain implements IpcMainLike {
  readonly handlers = new Map<string, Listener>();
  readonly listeners = new Map<string, Listener>();
  handle(channel: string, listener: Listener): void {
    this.handlers.set(channel, listener);
  }
  on(channel: string, listener: Listener): void {
    this.listeners.set(channel, listener);
  }
}

const OUR_WINDOW = 101;
const trusted = (url = 'app://org-planner/index.html', id = OUR_WINDOW): SenderEventLike => ({
  senderFrame: { url, parent: null },
  sender: { id },
});

let folder: { path: string; remove: () => Promise<void> };
let ipc: FakeIpcMain;
let window: AppWindow;
let ui: FakeUi;
let settings: Settings;
let handle: FakeHandle;
const refusals: string[] = [];

function invoke(
  method: keyof typeof INVOKE_CHANNELS | typeof OPEN_DROPPED_CHANNEL,
  event: SenderEventLike,
  ...args: unknown[]
): Promise<unknown> {
  const channel = method === OPEN_DROPPED_CHANNEL ? method : INVOKE_CHANNELS[method];
  const listener = ipc.handlers.get(channel);
  if (listener === undefined) throw new Error(`no handler for ${channel}`);
  return Promise.resolve(listener(event, ...args));
}

beforeEach(async () => {
  folder = await tempFolder('org-planner-ipc-');
  ipc = new FakeIpcMain();
  ui = new FakeUi();
  handle = new FakeHandle(1, OUR_WINDOW);
  window = new AppWindow(handle, { drafts: new DraftStore(join(folder.path, 'drafts')), recent: new FakeRecent(), ui });
  settings = new Settings(memoryBackend());
  const ctx: HandlerContext = {
    window,
    app: { settings },
  };
  refusals.length = 0;
  registerIpcHandlers(ipc, {
    policy: { trustedOrigins: ['app://org-planner'] },
    contextFor: (id) => (id === OUR_WINDOW ? ctx : undefined),
    log: (message) => refusals.push(message),
  });
});
afterEach(async () => {
  await folder.remove();
});

describe('IPC handlers', () => {
  it('register one channel per bridge method, plus the drop and ready channels', () => {
    expect([...ipc.handlers.keys()].sort()).toEqual([...Object.values(INVOKE_CHANNELS), OPEN_DROPPED_CHANNEL].sort());
    expect([...ipc.listeners.keys()]).toEqual([COMMANDS_READY_CHANNEL]);
  });

  it('serve our own window', async () => {
    await invoke('saveSettings', trusted(), { theme: 'dark', snapToGrid: true });
    await invoke('saveSettings', trusted(), {
      panels: { inspector: { open: true, size: 320 } },
      exportDefaults: { format: 'svg', pixelRatio: 3, transparentBackground: true },
    });
    expect(await invoke('loadSettings', trusted())).toMatchObject({
      theme: 'dark',
      snapToGrid: true,
      showMinimap: true,
    });
    await invoke('setDocumentState', trusted(), { name: 'Checkout', dirty: true });
    expect(handle.view.title).toBe('• Checkout — Org Planner');
  });

  describe('refuse foreign senders', () => {
    it.each([
      ['another origin', trusted('https://evil.example/')],
      ['a file:// page', trusted('file:///home/ada/evil.html')],
      ['the dev server when not in development', trusted('http://localhost:5173/')],
      ['a look-alike host', trusted('app://org-planner.evil/index.html')],
      ['a subframe', { senderFrame: { url: 'app://org-planner/index.html', parent: {} }, sender: { id: OUR_WINDOW } }],
      ['a destroyed frame', { senderFrame: null, sender: { id: OUR_WINDOW } }],
      ['a web contents that is not our window', trusted('app://org-planner/index.html', 999)],
    ])('from %s', async (_label, event) => {
      await expect(invoke('loadSettings', event)).rejects.toThrow(/refused IPC/);
      await expect(invoke('saveSettings', event, { theme: 'dark' })).rejects.toThrow(/refused IPC/);
      expect(settings.getPreferences().theme).toBe('system');
      expect(refusals.length).toBeGreaterThan(0);
    });

    it('before looking at the arguments', async () => {
      await expect(invoke('savePlan', trusted('https://evil.example/'), 42)).rejects.toThrow(/refused IPC/);
    });

    it('on the ready channel too', () => {
      handle.sent.length = 0;
      window.commands.send({ type: 'menu', command: 'save' });
      ipc.listeners.get(COMMANDS_READY_CHANNEL)?.(trusted('https://evil.example/'));
      expect(handle.sent).toEqual([]);
      ipc.listeners.get(COMMANDS_READY_CHANNEL)?.(trusted());
      expect(handle.sent).toEqual([{ type: 'menu', command: 'save' }]);
    });
  });

  describe('refuse malformed payloads', () => {
    it.each([
      ['a number for plan text', 'savePlan', [42]],
      ['an object for plan text', 'savePlan', [{ text: '{}' }]],
      ['missing arguments', 'savePlan', []],
      ['extra arguments', 'savePlan', ['{}', '/tmp/elsewhere.orgplan.json']],
      ['a dirty flag that is not boolean', 'setDocumentState', [{ name: 'x', dirty: 'yes' }]],
      ['an unknown document-state field', 'setDocumentState', [{ name: 'x', dirty: true, path: '/etc/passwd' }]],
      ['a huge document name', 'setDocumentState', [{ name: 'x'.repeat(501), dirty: true }]],
      ['a theme that does not exist', 'saveSettings', [{ theme: 'neon' }]],
      ['settings that are not preferences', 'saveSettings', [{ recentFiles: ['/etc/passwd'] }]],
      ['a panel with a bad id', 'saveSettings', [{ panels: { '../x': { open: true, size: 1 } } }]],
      ['a class instance', 'saveSettings', [new Date()]],
      ['a path instead of an open request', 'openRequested', ['/etc/passwd.json', '']],
      [
        'an image with a path',
        'exportImage',
        [{ format: 'png', data: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), path: '/tmp/x.png' }],
      ],
      ['bytes that are not a PNG', 'exportImage', [{ format: 'png', data: new Uint8Array([1, 2, 3]) }]],
      ['bytes that are not a PDF', 'exportImage', [{ format: 'pdf', data: new Uint8Array([0x89, 0x50, 0x4e, 0x47]) }]],
      ['SVG that is not SVG', 'exportImage', [{ format: 'svg', data: '<script>alert(1)</script>' }]],
      ['an unknown image format', 'exportImage', [{ format: 'gif', data: '' }]],
      ['a draw.io export that is not a diagram', 'exportImage', [{ format: 'drawio', data: '<svg/>' }]],
      ['a Mermaid export that is not a flowchart', 'exportImage', [{ format: 'mermaid', data: '#!/bin/sh\nrm -rf ~' }]],
      ['a GraphML export that is not GraphML', 'exportImage', [{ format: 'graphml', data: '<mxfile/>' }]],
      ['a CSV export without our header', 'exportImage', [{ format: 'csv', data: '=cmd|calc\r\n' }]],
      ['a diagram export as bytes', 'exportImage', [{ format: 'csv', data: new Uint8Array([0x69, 0x64]) }]],
      ['a path for CSV import', 'importCsv', ['/etc/passwd']],
    ] as const)('%s', async (_label, method, args) => {
      await expect(invoke(method, trusted(), ...args)).rejects.toThrow(/expected/);
      expect(ui.asked).toEqual([]);
    });

    it('plan text over the size cap', async () => {
      const huge = 'x'.repeat(MAX_PLAN_BYTES + 1);
      await expect(invoke('updateDraft', trusted(), huge)).rejects.toThrow(/at most 50 MiB/);
      await expect(invoke('savePlan', trusted(), huge)).rejects.toThrow(/at most 50 MiB/);
    });

    it('dropped paths that are relative or not plans', async () => {
      await expect(invoke(OPEN_DROPPED_CHANNEL, trusted(), 'plan.orgplan.json', '')).rejects.toThrow(/absolute path/);
      await expect(invoke(OPEN_DROPPED_CHANNEL, trusted(), '/etc/passwd', '')).rejects.toThrow(/absolute path/);
      await expect(invoke(OPEN_DROPPED_CHANNEL, trusted(), '/x\0.json', '')).rejects.toThrow(/file path/);
    });
  });

  describe('paths stay in main', () => {
    it('Save writes where main chose, whatever the renderer would like', async () => {
      ui.savePath = join(folder.path, 'chosen.orgplan.json');
      expect(await invoke('savePlan', trusted(), planText('Plan'))).toEqual({
        status: 'saved',
        fileName: 'chosen.orgplan.json',
      });
      expect(await readFile(join(folder.path, 'chosen.orgplan.json'), 'utf8')).toBe(planText('Plan'));
    });

    it('open requests are answered by token, once', async () => {
      const file = join(folder.path, 'recent.orgplan.json');
      await writeFile(file, planText('Recent'));
      window.rendererReady();
      window.requestOpen(file);
      const command = handle.sent.at(-1);
      const id = command?.type === 'open-requested' ? command.requestId : '';
      expect(await invoke('openRequested', trusted(), id, '')).toMatchObject({
        status: 'opened',
        document: { fileName: 'recent.orgplan.json' },
      });
      expect(await invoke('openRequested', trusted(), id, '')).toMatchObject({ status: 'failed' });
    });

    it('a dropped plan opens through the same checks as Open', async () => {
      const bad = join(folder.path, 'bad.json');
      await writeFile(bad, '{"format":"something-else"}');
      expect(await invoke(OPEN_DROPPED_CHANNEL, trusted(), bad, '')).toMatchObject({ status: 'failed' });
      expect(window.session.filePath).toBeNull();
      const good = join(folder.path, 'good.orgplan.json');
      await writeFile(good, planText('Good'));
      expect(await invoke(OPEN_DROPPED_CHANNEL, trusted(), good, '')).toMatchObject({ status: 'opened' });
      expect(window.session.filePath).toBe(good);
    });
  });

  it('run document flows one at a time', async () => {
    ui.savePath = join(folder.path, 'one.orgplan.json');
    const order: string[] = [];
    const first = invoke('savePlanAs', trusted(), planText('One')).then(() => order.push('first'));
    const second = invoke('savePlan', trusted(), planText('Two')).then(() => order.push('second'));
    await Promise.all([first, second]);
    expect(order).toEqual(['first', 'second']);
    // The second Save went to the file the first one chose, without a dialog.
    expect(await readFile(join(folder.path, 'one.orgplan.json'), 'utf8')).toBe(planText('Two'));
  });
});
