/** Export an image of the whole plan: format, scale, background, title and legend; the size is shown before exporting. */
import { useMemo, useState } from 'react';
import { useReactFlow } from '@xyflow/react';
import { serializePlan } from '@shared/format/serialize';
import { notifyAction, updateSettingsAction } from '../actions/ui';
import { Modal } from '../ui/Modal';
import type { FlowEdge, FlowNode } from '../canvas/flow-types';
import { closeFileDialogs, useFileDialogs } from '../files/file-dialogs';
import { usePlatform } from '../platform/context';
import { useEditorStore } from '../store/context';
import { describeLayout } from './export-size';
import { layoutFor, renderPlanImage, type ImageOptions } from './render-image';
import { VECTOR_THRESHOLD } from './vector-image';

/** Title and legend choices, kept for the session; scale and background are kept in the settings. */
let remembered = { title: true, legend: true };

function ExportForm({ initialFormat }: { initialFormat: 'png' | 'svg' }) {
  const store = useEditorStore();
  const platform = usePlatform();
  const flow = useReactFlow<FlowNode, FlowEdge>();
  const [options, setOptions] = useState<ImageOptions>(() => {
    const saved = store.getState().ui.settings.exportDefaults;
    return {
      ...remembered,
      format: initialFormat,
      scale: saved?.pixelRatio === 2 ? 2 : 1,
      transparent: saved?.transparentBackground ?? false,
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

  const png = options.format === 'png';
  return (
    <form
      className="op-export"
      onSubmit={(event) => {
        event.preventDefault();
        void run();
      }}
    >
      <fieldset className="op-export__group">
        <legend>Format</legend>
        {(['png', 'svg'] as const).map((format) => (
          <label key={format} className="op-field--check">
            <input
              type="radio"
              name="format"
              checked={options.format === format}
              onChange={() => {
                set({ format });
              }}
            />
            {format === 'png' ? 'PNG image (opens again as a plan)' : 'SVG drawing'}
          </label>
        ))}
      </fieldset>
      {png && (
        <fieldset className="op-export__group">
          <legend>Scale</legend>
          {[1, 2].map((scale) => (
            <label key={scale} className="op-field--check">
              <input
                type="radio"
                name="scale"
                checked={options.scale === scale}
                onChange={() => {
                  set({ scale });
                }}
              />
              {scale}×
            </label>
          ))}
        </fieldset>
      )}
      <fieldset className="op-export__group">
        <legend>Background</legend>
        <label className="op-field--check">
          <input
            type="radio"
            name="bg"
            checked={!options.transparent}
            onChange={() => {
              set({ transparent: false });
            }}
          />
          White
        </label>
        <label className="op-field--check">
          <input
            type="radio"
            name="bg"
            checked={options.transparent}
            onChange={() => {
              set({ transparent: true });
            }}
          />
          Transparent
        </label>
      </fieldset>
      <fieldset className="op-export__group">
        <legend>Include</legend>
        <label className="op-field--check">
          <input
            type="checkbox"
            checked={options.title}
            onChange={(e) => {
              set({ title: e.target.checked });
            }}
          />
          Title (the plan’s name)
        </label>
        <label className="op-field--check">
          <input
            type="checkbox"
            checked={options.legend}
            onChange={(e) => {
              set({ legend: e.target.checked });
            }}
          />
          Legend
        </label>
      </fieldset>
      <p className={layout.reduced && png ? 'op-export__size is-reduced' : 'op-export__size'} data-testid="export-size">
        {describeLayout(layout, options.format)}
      </p>
      {large && (
        <p className="op-export__size">
          A large plan: cards are drawn in a simplified style (name and title) so the export takes seconds. SVG keeps
          every detail at any size.
        </p>
      )}
      <div className="op-modal__actions">
        <button type="button" className="op-button" onClick={closeFileDialogs}>
          Cancel
        </button>
        <button type="submit" className="op-button op-button--primary" disabled={busy} data-testid="export-go">
          {busy ? 'Exporting…' : `Export ${options.format.toUpperCase()}`}
        </button>
      </div>
    </form>
  );
}

export function ExportDialog() {
  const format = useFileDialogs((s) => s.exportFormat);
  return (
    <Modal open={format !== null} title="Export the plan as an image" onClose={closeFileDialogs}>
      {format !== null && <ExportForm initialFormat={format} />}
    </Modal>
  );
}
