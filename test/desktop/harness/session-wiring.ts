/**
 * Connects a browser context (Electron's default session) to main: every
 * request goes through main's `webRequest.onBeforeRequest` filter and, for the
 * app's origin, main's own `app://` protocol handler (its CSP header, path
 * checks and MIME types reach Chromium unchanged); `ipcRenderer` calls reach
 * `ipcMain` with the sending frame's `app://` URL, so main's sender
 * validation judges real frames.
 */
import type { BrowserContext, Frame, Route } from 'playwright-core';
import type { ElectronDouble } from './electron-double';
import { decodeWire, encodeWire, type InvokeReply } from './ipc-wire';
import { IPC_BINDING } from './preload-script';
import { toAppUrl } from './stand-in-origin';

export interface IpcRecord {
  readonly channel: string;
  readonly ok: boolean;
  readonly message?: string;
}

function senderFrame(frame: Frame): { url: string; parent: unknown } {
  return { url: toAppUrl(frame.url()), parent: frame.parentFrame() === null ? null : {} };
}

async function allowedByMain(electron: ElectronDouble, url: string, method: string, type: string): Promise<boolean> {
  const filter = electron.beforeRequest;
  if (filter === null) return true;
  return new Promise((resolve) => {
    filter({ url, method, resourceType: type }, (response) => {
      resolve(response.cancel !== true);
    });
  });
}

async function serve(route: Route, electron: ElectronDouble, blocked: string[]): Promise<void> {
  const request = route.request();
  const url = toAppUrl(request.url());
  if (!(await allowedByMain(electron, url, request.method(), request.resourceType()))) {
    blocked.push(url);
    await route.abort('blockedbyclient');
    return;
  }
  const scheme = url.slice(0, url.indexOf(':'));
  const handler = electron.protocolHandlers.get(scheme);
  // The double has no network: only what main's own protocol handlers serve exists.
  if (handler === undefined) {
    blocked.push(url);
    await route.abort('internetdisconnected');
    return;
  }
  const response = await handler(new Request(url, { method: request.method() }));
  await route.fulfill({
    status: response.status,
    headers: Object.fromEntries(response.headers.entries()),
    body: Buffer.from(await response.arrayBuffer()),
  });
}

/** Returns the IPC log (every invoke, with its outcome) and the list of requests main or the double refused. */
export async function wireSession(
  context: BrowserContext,
  electron: ElectronDouble,
): Promise<{ ipc: IpcRecord[]; blockedRequests: string[] }> {
  const ipc: IpcRecord[] = [];
  const blockedRequests: string[] = [];
  await context.route('**/*', (route) => serve(route, electron, blockedRequests));
  await context.exposeBinding(IPC_BINDING, async (source, kind: string, channel: string, payload: string) => {
    const sender = electron.contentsOf(source.page);
    if (sender === undefined || sender.isDestroyed()) throw new Error('IPC from a page that is no window');
    const event = { sender, senderFrame: senderFrame(source.frame), processId: 1, frameId: 1, returnValue: undefined };
    const args = decodeWire(payload) as unknown[];
    if (kind === 'send') {
      electron.ipcMain.emit(channel, event, ...args);
      return '';
    }
    const handler = electron.ipcMain.handlers.get(channel);
    let reply: InvokeReply;
    if (handler === undefined) reply = { ok: false, message: `Error: No handler registered for '${channel}'` };
    else {
      try {
        reply = { ok: true, value: encodeWire(await handler(event, ...args)) };
      } catch (error) {
        reply = { ok: false, message: String(error) };
      }
    }
    ipc.push(reply.ok ? { channel, ok: true } : { channel, ok: false, message: reply.message });
    return JSON.stringify(reply);
  });
  return { ipc, blockedRequests };
}
