/**
 * The diagram export's state and action: which part of the plan (everyone, or one person and everyone
 * under them, as `export --subtree`), which of the people's fields become CSV columns, and `run`, which
 * writes the file with the core's writer and hands it to the platform (main's save dialog, or a download).
 */
import { useMemo, useState } from 'react';
import { csvFieldColumns } from '@shared/interop/csv-export';
import { exportedPart, writeDiagram, type DiagramFormat } from '@shared/interop/export-formats';
import { notifyAction } from '../actions/ui';
import { closeFileDialogs } from '../files/file-dialogs';
import { usePlatform } from '../platform/context';
import { useEditorStore } from '../store/context';
import { useEditor } from '../store/hooks';

export function useExportDiagram(format: DiagramFormat) {
  const store = useEditorStore();
  const platform = usePlatform();
  const plan = useEditor((s) => s.plan);
  const [subtree, setSubtree] = useState<string | undefined>(undefined);
  /** Fields left out of the CSV; every field is a column until unticked. */
  const [omitted, setOmitted] = useState<ReadonlySet<string>>(() => new Set());
  const [busy, setBusy] = useState(false);
  const part = useMemo(() => exportedPart(plan, subtree), [plan, subtree]);
  const fields = useMemo(() => (format === 'csv' ? csvFieldColumns(part) : []), [format, part]);
  const notify = (tone: 'error' | 'info', text: string): void => {
    store.getState().dispatch(notifyAction, { tone, text });
  };
  const toggleField = (name: string, kept: boolean): void => {
    setOmitted((current) => {
      const next = new Set(current);
      if (kept) next.delete(name);
      else next.add(name);
      return next;
    });
  };

  async function run(): Promise<void> {
    setBusy(true);
    try {
      const data = writeDiagram(plan, format, {
        ...(subtree !== undefined && { subtree }),
        fields: fields.filter((name) => !omitted.has(name)),
      });
      const result = await platform.exportImage({ format, data });
      if (result.status === 'exported') notify('info', `Exported ${result.fileName}.`);
      else if (result.status === 'failed' && platform.kind === 'web') notify('error', result.message);
      closeFileDialogs();
    } catch (error) {
      notify('error', `The file could not be made: ${String(error)}`);
      setBusy(false);
    }
  }

  return { plan, part, subtree, setSubtree, fields, omitted, toggleField, busy, run };
}
