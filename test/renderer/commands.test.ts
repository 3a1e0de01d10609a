/** The renderer's commands: one behaviour per catalog command, `enabled` honoured, features reached by id. */
import type { ReactFlowInstance } from '@xyflow/react';
import { describe, expect, it, vi } from 'vitest';
import { COMMAND_IDS, COMMANDS, type CommandId, type CommandMeta } from '@shared/commands/catalog';
import { articleExamplePlan } from '@shared/example/article-example';
import type { CanvasView, CommandFeatures } from '../../src/renderer/src/commands/command-types';
import { createCommands } from '../../src/renderer/src/commands/create-commands';
import { COMMAND_BEHAVIOURS } from '../../src/renderer/src/commands/perform';
import type { FlowEdge, FlowNode } from '../../src/renderer/src/canvas/flow-types';
import type { DocumentFlows } from '../../src/renderer/src/files/document-flows';
import { DEFAULT_PREFERENCES } from '../../src/shared/settings/preferences';
import { closeProblemsAction } from '../../src/renderer/src/actions/problems';
import { applySelectChangesAction } from '../../src/renderer/src/actions/selection';
import { createEditorStore } from '../../src/renderer/src/store/create-store';

function setup() {
  const store = createEditorStore({ plan: articleExamplePlan(), settings: DEFAULT_PREFERENCES });
  const view: CanvasView = {
    flow: {} as ReactFlowInstance<FlowNode, FlowEdge>,
    centre: () => ({ x: 500, y: 300 }),
    fit: vi.fn(),
    fitSoon: vi.fn(),
    resetForBlank: vi.fn(),
    isFitted: vi.fn(() => true),
    refitWhenResized: vi.fn(),
  };
  const save = vi.fn(() => Promise.resolve(true));
  const files = { save } as unknown as DocumentFlows;
  const features: CommandFeatures = { files, importCsv: vi.fn(), openExportDialog: vi.fn(), stepProblem: vi.fn() };
  let hooks: { onLoaded: () => void; run: (id: CommandId) => void } | undefined;
  const commands = createCommands(store, view, (given) => {
    hooks = given;
    return features;
  });
  return { store, view, features, save, commands, hooks: hooks! };
}

describe('commands', () => {
  it('binds exactly the catalog’s commands', () => {
    expect(Object.keys(COMMAND_BEHAVIOURS).sort()).toEqual([...COMMAND_IDS].sort());
  });

  it('runs nothing while a command is disabled: undo without history, select subtree without a selection', () => {
    const { store, commands } = setup();
    expect(commands.isEnabled('undo')).toBe(false);
    expect(commands.isEnabled('selectSubtree')).toBe(false);
    const before = store.getState();
    commands.run('undo');
    commands.run('selectSubtree');
    expect(store.getState()).toBe(before);
  });

  it('adds a card centred on the view, and undo is enabled after it', () => {
    const { store, commands } = setup();
    const count = store.getState().plan.nodes.length;
    commands.run('addPm');
    const added = store.getState().plan.nodes.at(-1);
    expect(store.getState().plan.nodes).toHaveLength(count + 1);
    expect(added?.kind).toBe('pm');
    expect(commands.isEnabled('undo')).toBe(true);
    commands.run('undo');
    expect(store.getState().plan.nodes).toHaveLength(count);
  });

  it('reaches the features by id, also when main’s menu sends a command through the file hooks', () => {
    const { features, save, commands, hooks } = setup();
    commands.run('exportSvg');
    expect(features.openExportDialog).toHaveBeenCalledWith('svg');
    hooks.run('nextProblem');
    expect(features.stepProblem).toHaveBeenCalledWith(1);
    hooks.run('save');
    expect(save).toHaveBeenCalled();
  });

  it('nudges the selected card one grid step per Shift+arrow, one undo step each', () => {
    const { store, commands } = setup();
    store.getState().dispatch(applySelectChangesAction, { nodes: [{ id: 'cpo', selected: true }] });
    const at = (): { x: number; y: number } | undefined =>
      store.getState().plan.nodes.find((n) => n.id === 'cpo')?.position;
    const start = at();
    commands.run('nudgeRight');
    commands.run('nudgeDown');
    expect(at()).toEqual({ x: (start?.x ?? 0) + 20, y: (start?.y ?? 0) + 20 });
    commands.run('undo');
    expect(at()).toEqual({ x: (start?.x ?? 0) + 20, y: start?.y });
  });

  it('declares in the catalog which commands make an undo step, and only those make one', () => {
    const checked: CommandId[] = [
      'nudgeLeft',
      'nudgeRight',
      'nudgeUp',
      'nudgeDown',
      'addPm',
      'addTeam',
      'duplicate',
      'delete',
      'selectAll',
      'escape',
      'snap',
      'selectSubtree',
    ];
    for (const id of checked) {
      const { store, commands } = setup();
      store.getState().dispatch(applySelectChangesAction, { nodes: [{ id: 'pm-checkout', selected: true }] });
      const before = store.temporal.getState().pastStates.length;
      commands.run(id);
      const meta: CommandMeta = COMMANDS[id];
      expect(store.temporal.getState().pastStates.length - before, id).toBe(meta.undoable === true ? 1 : 0);
    }
  });

  it('refits after folding a side panel only while the view is as the last fit left it', () => {
    const { store, view, commands } = setup();
    commands.run('togglePalette');
    expect(store.getState().ui.settings.panels.palette?.open).toBe(false);
    expect(view.refitWhenResized).toHaveBeenCalledTimes(1);
    vi.mocked(view.isFitted).mockReturnValue(false);
    commands.run('toggleInspector');
    commands.run('togglePalette');
    expect(view.refitWhenResized).toHaveBeenCalledTimes(1);
  });

  it('refits after opening or closing the problems panel (it shrinks the canvas) while the view is as fitted', () => {
    const { store, view, commands } = setup();
    commands.run('problems');
    expect(store.getState().ui.problems).toMatchObject({ open: true, tab: 'problems' });
    expect(view.refitWhenResized).toHaveBeenCalledTimes(1);
    commands.keepingFit(() => {
      store.getState().dispatch(closeProblemsAction, undefined);
    });
    expect(store.getState().ui.problems.open).toBe(false);
    expect(view.refitWhenResized).toHaveBeenCalledTimes(2);
    vi.mocked(view.isFitted).mockReturnValue(false);
    commands.run('metrics');
    expect(store.getState().ui.problems).toMatchObject({ open: true, tab: 'metrics' });
    expect(view.refitWhenResized).toHaveBeenCalledTimes(2);
  });
});
