/**
 * Export the chart as PNG, SVG or PDF, or the plan as a draw.io diagram, a Mermaid flowchart, a GraphML
 * graph or a CSV table: the choices, and who is in it, shown before exporting. Images and diagrams have
 * their own forms; the format list at the top of both moves between them.
 */
import { isDiagramFormat } from '@shared/interop/export-formats';
import { closeFileDialogs, useFileDialogs } from '../files/file-dialogs';
import { Modal } from '../ui/Modal';
import { DiagramExportForm } from './DiagramExportForm';
import { ExportForm } from './ExportForm';

export function ExportDialog() {
  const format = useFileDialogs((s) => s.exportFormat);
  const diagram = isDiagramFormat(format);
  return (
    <Modal
      open={format !== null}
      title={diagram ? 'Export the plan as a diagram or table' : 'Export the plan as an image'}
      onClose={closeFileDialogs}
    >
      {format !== null &&
        (isDiagramFormat(format) ? <DiagramExportForm format={format} /> : <ExportForm initialFormat={format} />)}
    </Modal>
  );
}
