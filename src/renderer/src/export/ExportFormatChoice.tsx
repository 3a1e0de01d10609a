/** The export dialog's format: the three images and the diagram and table formats, one list for both forms. */
import { isImageFormat } from '@shared/settings/preferences';
import type { ExportFormat, ImageFormat } from '../../../preload/api';
import { switchExportFormat } from '../files/file-dialogs';
import { RadioGroup } from './RadioGroup';

const FORMATS = [
  { value: 'png', label: 'PNG image (opens again as a plan)' },
  { value: 'svg', label: 'SVG drawing' },
  { value: 'pdf', label: 'PDF pages to print' },
  { value: 'drawio', label: 'draw.io diagram (opens again as a plan)' },
  { value: 'mermaid', label: 'Mermaid flowchart (for Markdown)' },
  { value: 'graphml', label: 'GraphML graph (yEd)' },
  { value: 'csv', label: 'CSV table of the people (for spreadsheets)' },
] as const satisfies readonly { value: ExportFormat; label: string }[];

/**
 * `onImage`: the image form keeps its own format among the images; any other pick goes to the dialog,
 * which shows the form for it.
 */
export function ExportFormatChoice({
  value,
  onImage,
}: {
  readonly value: ExportFormat;
  readonly onImage?: (format: ImageFormat) => void;
}) {
  return (
    <RadioGroup
      legend="Format"
      name="format"
      choices={FORMATS}
      value={value}
      onPick={(format) => {
        if (onImage !== undefined && isImageFormat(format)) onImage(format);
        else switchExportFormat(format);
      }}
    />
  );
}
