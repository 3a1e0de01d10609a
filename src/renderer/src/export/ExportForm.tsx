/** The export form: the choices, the size the image will have, and Cancel / Export. */
import { closeFileDialogs } from '../files/file-dialogs';
import { describeLayout } from './export-size';
import { ExportFormOptions } from './ExportFormOptions';
import { useExportImage } from './use-export-image';

export function ExportForm({ initialFormat }: { initialFormat: 'png' | 'svg' }) {
  const { options, set, layout, large, busy, run } = useExportImage(initialFormat);
  const png = options.format === 'png';
  return (
    <form
      className="op-export"
      onSubmit={(event) => {
        event.preventDefault();
        void run();
      }}
    >
      <ExportFormOptions options={options} set={set} />
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
