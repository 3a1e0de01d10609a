import { describe, expect, it, vi } from 'vitest';
import type { OrgPlannerApi as Api } from '../../../src/preload/api';

// The preload's only edges: contextBridge, ipcRenderer and webUtils.
const electron = vi.hoisted(() => {
  const exposed = new Map<string, unknown>();
  const listeners = new Map<string, ((...args: unknown[]) => void)[]>();
  return {
    exposed,
    listeners,
    contextBridge: { exposeInMainWorld: (key: string, api: unknown) => exposed.set(key, api) },
    ipcRenderer: {
      invoke: vi.fn((channel: string, ...args: unknown[]) => Promise.resolve({ channel, args })),
      send: vi.fn(),
      on: (channel: string, listener: (...args: unknown[]) => void) => {
        listeners.set(channel, [...(listeners.get(channel) ?? []), listener]);
      },
      removeListener: (channel: string, listener: (...args: unknown[]) => void) => {
        listeners.set(
          channel,
          (listeners.get(channel) ?? []).filter((l) => l !== listener),
        );
      },
    },
    webUtils: { getPathForFile: vi.fn((file: { path?: string }) => file.path ?? '') },
  };
});
vi.mock('electron', () => electron);

await import('../../../src/preload/index');
const { INVOKE_CHANNELS, COMMAND_CHANNEL, COMMANDS_READY_CHANNEL, OPEN_DROPPED_CHANNEL } =
  await import('../../../src/preload/channels');
const api = electron.exposed.get('orgPlanner') as Api;

describe('preload bridge', () => {
  it('exposes one method per action and nothing generic', () => {
    expect(Object.keys(api).sort()).toEqual([...Object.keys(INVOKE_CHANNELS), 'onCommand', 'openDroppedFile'].sort());
    expect(api).not.toHaveProperty('invoke');
    expect(api).not.toHaveProperty('send');
  });

  it('sends each method on its own channel with its arguments', async () => {
    expect(await api.savePlan('{"plan":1}')).toEqual({ channel: 'plan:save', args: ['{"plan":1}'] });
    expect(await api.openRequested('ab'.repeat(16), 'text')).toEqual({
      channel: 'plan:open-requested',
      args: ['ab'.repeat(16), 'text'],
    });
    expect(await api.importCsv()).toEqual({ channel: 'import:csv', args: [] });
  });

  it('turns a dropped File into a path inside the preload, and refuses files not on disk', async () => {
    const onDisk = { path: '/home/ada/plan.orgplan.json' } as unknown as File;
    expect(await api.openDroppedFile(onDisk, 'text')).toEqual({
      channel: OPEN_DROPPED_CHANNEL,
      args: ['/home/ada/plan.orgplan.json', 'text'],
    });
    electron.ipcRenderer.invoke.mockClear();
    expect(await api.openDroppedFile({} as unknown as File, 'text')).toMatchObject({ status: 'failed' });
    expect(electron.ipcRenderer.invoke).not.toHaveBeenCalled();
  });

  it('delivers commands to subscribers, announces readiness once, and unsubscribes', () => {
    const seen: unknown[] = [];
    const stop = api.onCommand((command) => seen.push(command));
    api.onCommand(() => undefined);
    expect(electron.ipcRenderer.send).toHaveBeenCalledTimes(1);
    expect(electron.ipcRenderer.send).toHaveBeenCalledWith(COMMANDS_READY_CHANNEL);
    const deliver = (command: unknown): void => {
      for (const listener of electron.listeners.get(COMMAND_CHANNEL) ?? []) listener({}, command);
    };
    deliver({ type: 'close-requested' });
    stop();
    deliver({ type: 'menu', command: 'save' });
    expect(seen).toEqual([{ type: 'close-requested' }]);
  });
});
