/**
 * The editor's commands, built once per canvas: runs catalog commands by id
 * (checking `enabled` first) with the behaviours of perform/, and offers the
 * few operations that take arguments (go to a node, add a node, start a plan).
 * The toolbar, menus, palette, keyboard and Electron's menu all go through it.
 */
import { indexPlan } from '@shared/edit';
import { nodeSize } from '@shared/view/card-size';
import { findNodeAction } from '../actions/find-node';
import { newPlanAction, type Template } from '../actions/new-plan';
import { setDialogAction } from '../actions/ui';
import type { EditorStore } from '../store/create-store';
import { VIEW_ANIMATION } from '../ui/view-animation';
import { keepingFit } from './canvas-view';
import type { CanvasView, CommandContext, CommandFeatures, CommandsApi } from './command-types';
import { COMMAND_BEHAVIOURS } from './perform';
import { addNode } from './perform/place';

/** Features are built with hooks back into the commands (a menu command arriving, a plan loaded). */
export type FeatureFactory = (hooks: {
  readonly onLoaded: () => void;
  readonly run: CommandsApi['run'];
}) => CommandFeatures;

export function createCommands(store: EditorStore, view: CanvasView, makeFeatures: FeatureFactory): CommandsApi {
  const isEnabled: CommandsApi['isEnabled'] = (id) => COMMAND_BEHAVIOURS[id].enabled?.(store) ?? true;
  const run: CommandsApi['run'] = (id) => {
    if (isEnabled(id)) COMMAND_BEHAVIOURS[id].perform(context);
  };
  const context: CommandContext = {
    store,
    state: () => store.getState(),
    dispatch: (action, arg) => {
      store.getState().dispatch(action, arg);
    },
    view,
    features: makeFeatures({ onLoaded: view.fitSoon, run }),
  };

  function goToNode(id: string): void {
    context.dispatch(findNodeAction, id);
    const node = indexPlan(context.state().plan).nodeById.get(id);
    if (node === undefined) return;
    const size = nodeSize(node.kind);
    const position = node.position ?? { x: 0, y: 0 };
    void view.flow.setCenter(position.x + size.width / 2, position.y + size.height / 2, {
      zoom: Math.max(view.flow.getZoom(), 0.9),
      ...VIEW_ANIMATION,
    });
  }

  function startPlan(template: Template): void {
    context.dispatch(setDialogAction, null);
    void context.features.files.confirmNew().then((confirmed) => {
      if (!confirmed) return;
      context.dispatch(newPlanAction, template);
      if (template === 'example') view.fitSoon();
      else view.resetForBlank();
    });
  }

  return {
    run,
    isEnabled,
    goToNode,
    addNode: (spec, at) => {
      addNode(context, spec, at);
    },
    startPlan,
    files: context.features.files,
    keepingFit: (change) => {
      keepingFit(view, change);
    },
  };
}
