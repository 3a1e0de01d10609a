/**
 * The export dialog's state and action: the chosen options (scale and
 * background from the settings, title and legend for the session), the
 * resulting size, and `run`, which renders the image and hands it to the platform.
 */
import { useMemo, useState } from 'react';
import { useReactFlow } from '@xyflow/react';
import { serializePlan } from '@shared/format/serialize';
import { notifyAction, updateSettingsAction } from '../actions/ui';
import type { FlowEdge, FlowNode } from '../canvas/flow-types';
import { closeFileDialogs } from '../files/file-dialogs';
import { usePlatform } from '../platform/context';
import { useEditorStore } from '../store/context';
import { layoutFor, renderPlanImage, type ImageOptions } from './render-image';
import { VECTOR_THRESHOLD } from './vector-image';

/** Title and legend choices, kept for the session; scale and background are kept in the settings. */
let remembered = { title: true, legend: true };

export function useExportImage(initialFormat: 'png' | 'svg') {
  const store = useEditorStore();
  const platform = usePlatform();
  const flow = useReactFlow<FlowNode, FlowEdge>();
  const [options, setOptions] = useState<ImageOptions>(() => {
    const saved = store.getState().ui.settings.exportDefaults;
    return {
      ...remembered,
      format: initialFormat,
      scale: saved.pixelRatio === 2 ? 2 : 1,
      transparent: saved.transparentBackground,
    };
  });
  const [busy, setBusy] = useState(false);
  const layout = useMemo(() => layoutFor(flow, options), [flow, options]);
  const large = useMemo(() => flow.getNodes().filter((node) => node.hidden !== true).length > VECTOR_THRESHOLD, [flow]);
  const set = (patch: Partial<ImageOptions>): void => {
    setOptions((current) => ({ ...current, ...patch }));
  };
  const notify = (tone: 'error' | 'info', text: string): void => {
    store.getState().dispatch(notifyAction, { tone, text });
  };

  async function run(): Promise<void> {
    setBusy(true);
    remembered = { title: options.title, legend: options.legend };
    store.getState().dispatch(updateSettingsAction, {
      exportDefaults: { format: options.format, pixelRatio: options.scale, transparentBackground: options.transparent },
    });
    const plan = store.getState().plan;
    try {
      const { image } = await renderPlanImage(flow, {
        ...options,
        planName: plan.name ?? 'Untitled plan',
        planText: serializePlan(plan),
      });
      const result = await platform.exportImage(image);
      if (result.status === 'exported') notify('info', `Exported ${result.fileName}.`);
      else if (result.status === 'failed' && platform.kind === 'web') notify('error', result.message);
      closeFileDialogs();
    } catch (error) {
      notify('error', `The image could not be made: ${String(error)}`);
      setBusy(false);
    }
  }

  return { options, set, layout, large, busy, run };
}
