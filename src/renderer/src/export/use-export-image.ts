/**
 * The export dialog's state and action: the chosen options (format, scale and
 * background from the settings; title, legend, paper and "as shown" for the
 * session), the chart they give and its size, and `run`, which renders the
 * chart with the core renderer and hands it to the platform.
 */
import { useMemo, useState } from 'react';
import { serializePlan } from '@shared/format/serialize';
import type { ImageFormat } from '../../../preload/api';
import { notifyAction, updateSettingsAction } from '../actions/ui';
import { closeFileDialogs } from '../files/file-dialogs';
import { usePlatform } from '../platform/context';
import { useEditorStore } from '../store/context';
import { useEditor } from '../store/hooks';
import { prepareChart, renderChart, type ChartOptions } from './chart-export';

/** Choices kept for the session; format, scale and background are kept in the settings. */
let remembered: Pick<ChartOptions, 'title' | 'legend' | 'asShown' | 'paper' | 'orientation'> = {
  title: true,
  legend: true,
  asShown: false,
  paper: 'a4',
  orientation: 'landscape',
};

export function useExportImage(initialFormat: ImageFormat) {
  const store = useEditorStore();
  const platform = usePlatform();
  const plan = useEditor((s) => s.plan);
  const collapsed = useEditor((s) => s.ui.collapsed);
  const [options, setOptions] = useState<ChartOptions>(() => {
    const saved = store.getState().ui.settings.exportDefaults;
    return {
      ...remembered,
      format: initialFormat,
      scale: saved.pixelRatio === 2 ? 2 : 1,
      transparent: saved.transparentBackground,
    };
  });
  const [busy, setBusy] = useState(false);
  // Paper and orientation only page the PDF; the chart itself does not depend on them.
  const { format, scale, transparent, title, legend, asShown } = options;
  const chart = useMemo(
    () => prepareChart(plan, collapsed, { format, scale, transparent, title, legend, asShown }),
    [plan, collapsed, format, scale, transparent, title, legend, asShown],
  );
  const set = (patch: Partial<ChartOptions>): void => {
    setOptions((current) => ({ ...current, ...patch }));
  };
  const notify = (tone: 'error' | 'info', text: string): void => {
    store.getState().dispatch(notifyAction, { tone, text });
  };

  async function run(): Promise<void> {
    setBusy(true);
    remembered = {
      title: options.title,
      legend: options.legend,
      asShown: options.asShown,
      paper: options.paper,
      orientation: options.orientation,
    };
    store.getState().dispatch(updateSettingsAction, {
      exportDefaults: { format: options.format, pixelRatio: options.scale, transparentBackground: options.transparent },
    });
    try {
      const image = await renderChart(chart, options, plan.name ?? 'Untitled plan', serializePlan(plan));
      const result = await platform.exportImage(image);
      if (result.status === 'exported') notify('info', `Exported ${result.fileName}.`);
      else if (result.status === 'failed' && platform.kind === 'web') notify('error', result.message);
      closeFileDialogs();
    } catch (error) {
      notify('error', `The image could not be made: ${String(error)}`);
      setBusy(false);
    }
  }

  return { options, set, chart, hasCollapsed: collapsed.size > 0, busy, run };
}
