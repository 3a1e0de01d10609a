/** The badge in a card's corner when rules report problems about it; hovering lists the messages. */
import type { ProblemMarker } from './violations';
import { SeverityIcon, severityLabel } from './SeverityIcon';
import './problems.css';

export function CardMarker({ marker }: { readonly marker: ProblemMarker | null }) {
  if (marker === null) return null;
  const count = marker.text.split('\n').length;
  const label = `${severityLabel(marker.severity)}${count > 1 ? ` (${count} problems)` : ''}: ${marker.text}`;
  return (
    <span
      className={`op-card-marker op-card-marker--${marker.severity}`}
      title={marker.text}
      role="img"
      aria-label={label}
      data-testid="problem-marker"
      data-severity={marker.severity}
    >
      <SeverityIcon severity={marker.severity} size={18} />
    </span>
  );
}
