/** How far a long CSV import is; shown only for work that takes a noticeable time. */
import type { CsvProgress } from '@shared/csv/import-csv';

const STAGES: Readonly<Record<CsvProgress['stage'], string>> = {
  decoding: 'Reading the file',
  reading: 'Splitting it into rows',
  people: 'Collecting people and managers',
  layout: 'Laying out the chart',
};

export function CsvProgressBar({ progress, importing }: { progress: CsvProgress; importing: boolean }) {
  const percent = Math.round(progress.fraction * 100);
  return (
    <div className="op-csv__progress" data-testid="csv-progress">
      <progress max={100} value={percent} aria-label={importing ? 'Import progress' : 'Preview progress'} />
      <span>
        {STAGES[progress.stage]}… {percent}%
      </span>
    </div>
  );
}
