/**
 * The severity symbol, used on cards, lines' labels and in the panel. Each
 * severity differs in shape as well as colour, for colour-blind users and
 * greyscale prints: error a circle with "!", warning a triangle with "!",
 * info a square with "i".
 */
import type { Severity } from '@shared/model/types';
import './problems.css';

const LABEL: Readonly<Record<Severity, string>> = { error: 'Error', warning: 'Warning', info: 'Info' };

export function severityLabel(severity: Severity): string {
  return LABEL[severity];
}

export function SeverityIcon({ severity, size = 14 }: { readonly severity: Severity; readonly size?: number }) {
  return (
    <svg
      className={`op-severity op-severity--${severity}`}
      width={size}
      height={size}
      viewBox="0 0 16 16"
      aria-hidden="true"
      focusable="false"
    >
      {severity === 'error' && <circle cx="8" cy="8" r="7.25" className="op-severity__shape" />}
      {severity === 'warning' && <path d="M8 0.9 15.4 14.6H0.6Z" className="op-severity__shape" />}
      {severity === 'info' && <rect x="1" y="1" width="14" height="14" rx="2.5" className="op-severity__shape" />}
      {severity === 'info' ? (
        <>
          <rect x="7" y="6.6" width="2" height="5.6" className="op-severity__glyph" />
          <circle cx="8" cy="4.4" r="1.15" className="op-severity__glyph" />
        </>
      ) : (
        <>
          <rect x="7" y={severity === 'warning' ? 5.2 : 3.6} width="2" height="5.2" className="op-severity__glyph" />
          <circle cx="8" cy={severity === 'warning' ? 12.3 : 11.6} r="1.15" className="op-severity__glyph" />
        </>
      )}
    </svg>
  );
}
