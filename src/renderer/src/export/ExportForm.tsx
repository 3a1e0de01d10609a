/** The image export form: the choices, what will be exported (who, and at what size), and Cancel / Export. */
import type { ImageFormat } from '../../../preload/api';
import { closeFileDialogs } from '../files/file-dialogs';
import { describeLayout } from './export-size';
import { ExportFormatChoice } from './ExportFormatChoice';
import { ExportFormOptions } from './ExportFormOptions';
import { useExportImage } from './use-export-image';

const count = (n: number, one: string, many: string): string => `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;

export function ExportForm({ initialFormat }: { initialFormat: ImageFormat }) {
  const { options, set, chart, hasCollapsed, busy, run } = useExportImage(initialFormat);
  const { layout } = chart;
  const who = options.asShown
    ? `As shown: ${count(chart.cards, 'card', 'cards')}${chart.folded > 0 ? `, with ${count(chart.folded, 'person', 'people')} in collapsed subtrees drawn as one card with a count` : ''}.`
    : `The whole plan: ${count(chart.cards, 'card', 'cards')}${hasCollapsed ? ', collapsed subtrees included' : ''}.`;
  const reduced = layout.reduced && options.format === 'png';
  return (
    <form
      className="op-export"
      onSubmit={(event) => {
        event.preventDefault();
        void run();
      }}
    >
      <ExportFormatChoice
        value={options.format}
        onImage={(format) => {
          set({ format });
        }}
      />
      <ExportFormOptions options={options} set={set} />
      <p className="op-export__size" data-testid="export-scope">
        {who}
      </p>
      <p className={reduced ? 'op-export__size is-reduced' : 'op-export__size'} data-testid="export-size">
        {describeLayout(layout, options.format)}
      </p>
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
