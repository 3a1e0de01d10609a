/**
 * The real preload bundle (out/preload/index.js), run in the page before the
 * renderer's scripts, with what Electron's sandbox gives a preload: a
 * `require` that yields `electron` (contextBridge, ipcRenderer, webUtils) and
 * nothing else, so a preload that needs more fails here as in Electron.
 * `ipcRenderer` talks to main through a Playwright binding; main's messages
 * arrive through a delivery function the harness calls.
 */
import { readFileSync } from 'node:fs';
import { PAGE_WIRE_SOURCE } from './ipc-wire';

/** Names on `window` the double uses (the page could call them too: there is no isolated world here). */
export const IPC_BINDING = '__desktopDoubleIpc';
export const DELIVER_FUNCTION = '__desktopDoubleDeliver';

export function preloadInitScript(preloadPath: string, pageOrigin: string): string {
  const preload = readFileSync(preloadPath, 'utf8');
  return `(() => {
  // Electron runs the preload only in the window's top frame (nodeIntegrationInSubFrames is off).
  if (window.top !== window || location.origin !== ${JSON.stringify(pageOrigin)}) return;
  ${PAGE_WIRE_SOURCE}
  // Looked up at each call: Playwright may install its binding after this script.
  const binding = (...args) => window[${JSON.stringify(IPC_BINDING)}](...args);
  const listeners = new Map();
  const ipcRenderer = {
    async invoke(channel, ...args) {
      const reply = JSON.parse(await binding('invoke', channel, encodeWire(structuredClone(args))));
      if (!reply.ok) throw new Error("Error invoking remote method '" + channel + "': " + reply.message);
      return reply.value === undefined ? undefined : decodeWire(reply.value);
    },
    send(channel, ...args) {
      void binding('send', channel, encodeWire(structuredClone(args)));
    },
    on(channel, listener) {
      if (!listeners.has(channel)) listeners.set(channel, new Set());
      listeners.get(channel).add(listener);
      return ipcRenderer;
    },
    removeListener(channel, listener) {
      listeners.get(channel)?.delete(listener);
      return ipcRenderer;
    },
  };
  Object.defineProperty(window, ${JSON.stringify(DELIVER_FUNCTION)}, {
    value: (channel, payload) => {
      const args = decodeWire(payload);
      for (const listener of [...(listeners.get(channel) ?? [])]) listener({ sender: ipcRenderer }, ...args);
    },
  });
  const contextBridge = {
    exposeInMainWorld(key, api) {
      if (key in window) throw new Error('Cannot bind an API on top of an existing property on the window object');
      Object.defineProperty(window, key, { value: Object.freeze({ ...api }), enumerable: true });
    },
  };
  // No File from disk reaches a page driven by Playwright with a path: the preload gets "" as for a dragged image.
  const webUtils = { getPathForFile: () => '' };
  const sandboxModules = { electron: Object.freeze({ contextBridge, ipcRenderer, webUtils }) };
  const require = (name) => {
    if (Object.prototype.hasOwnProperty.call(sandboxModules, name)) return sandboxModules[name];
    throw new Error("module not found: " + name + " (the sandboxed preload may only require electron)");
  };
  const module = { exports: {} };
  (function (require, module, exports) {
${preload}
  })(require, module, module.exports);
})();`;
}
