/** Export the chart as PNG, SVG or PDF: the choices, and who is in it and its size, shown before exporting. */
import { closeFileDialogs, useFileDialogs } from '../files/file-dialogs';
import { Modal } from '../ui/Modal';
import { ExportForm } from './ExportForm';

export function ExportDialog() {
  const format = useFileDialogs((s) => s.exportFormat);
  return (
    <Modal open={format !== null} title="Export the plan as an image" onClose={closeFileDialogs}>
      {format !== null && <ExportForm initialFormat={format} />}
    </Modal>
  );
}
