import { describe, expect, it } from 'vitest';
import { BRIDGE_METHODS, missingBridgeMethods } from '../../../src/renderer/src/platform/bridge';
import { choosePlatform as chooseDesktop } from '../../../src/renderer/src/platform/choose.electron';
import { choosePlatform as chooseWeb } from '../../../src/renderer/src/platform/choose.web';
import type { OrgPlannerBridge } from '../../../src/renderer/src/platform/platform';

/** A bridge with every method of the contract; none is called here. */
function wholeBridge(): OrgPlannerBridge {
  const never = (): never => {
    throw new Error('not called in this test');
  };
  return Object.fromEntries(BRIDGE_METHODS.map((name) => [name, never])) as unknown as OrgPlannerBridge;
}

/** Just enough of a window: the bridge, listeners (the web files flows add some), and storage that records writes. */
function fakeWindow(orgPlanner: unknown): { win: Window; written: string[] } {
  const written: string[] = [];
  const localStorage = {
    getItem: () => null,
    setItem: (key: string) => void written.push(key),
  };
  const listen = (): void => undefined;
  return {
    win: { orgPlanner, localStorage, addEventListener: listen, removeEventListener: listen } as unknown as Window,
    written,
  };
}

describe('the platform is chosen when the renderer is built', () => {
  it('lists every method of the contract, so a new one cannot be forgotten by the check', () => {
    expect(BRIDGE_METHODS).toContain('loadSettings');
    expect(BRIDGE_METHODS).toContain('onCommand');
    expect(BRIDGE_METHODS).toContain('openDroppedFile');
    expect(new Set(BRIDGE_METHODS).size).toBe(BRIDGE_METHODS.length);
  });

  it('runs the desktop build on a whole bridge', () => {
    const choice = chooseDesktop(fakeWindow(wholeBridge()).win);
    expect(choice.ok && choice.platform.kind).toBe('electron');
  });

  it('refuses to start the desktop build without a bridge, naming every missing method', () => {
    const choice = chooseDesktop(fakeWindow(undefined).win);
    expect(choice.ok).toBe(false);
    if (choice.ok) return;
    expect(choice.problem.summary).toMatch(/without its preload bridge/);
    expect(choice.problem.missing).toEqual([...BRIDGE_METHODS]);
  });

  // Before: pick-platform ran the desktop app on localStorage when the preload offered only some methods.
  it('does not fall back to browser storage when the bridge is incomplete', () => {
    const partial: Partial<OrgPlannerBridge> = { ...wholeBridge() };
    delete partial.exportImage;
    delete partial.updateDraft;
    const { win, written } = fakeWindow(partial);
    const choice = chooseDesktop(win);
    expect(choice.ok).toBe(false);
    if (choice.ok) return;
    expect(choice.problem.missing).toEqual(['updateDraft', 'exportImage']);
    expect(choice.problem.summary).toMatch(/incomplete: 2 of its methods are missing/);
    expect(written).toEqual([]);
    expect(missingBridgeMethods({ ...wholeBridge(), savePlan: 'not a function' })).toEqual(['savePlan']);
  });

  it('runs the web build on browser storage, bridge or not', async () => {
    for (const bridge of [undefined, wholeBridge()]) {
      const { win, written } = fakeWindow(bridge);
      const choice = chooseWeb(win);
      expect(choice.ok && choice.platform.kind).toBe('web');
      if (!choice.ok) return;
      await choice.platform.saveSettings(await choice.platform.loadSettings());
      expect(written).toEqual(['org-planner.settings']);
    }
  });
});
