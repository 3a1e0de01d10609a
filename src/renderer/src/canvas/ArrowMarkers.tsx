/** The arrowheads of reporting lines (pointing at the manager), coloured by CSS so they follow the theme. */
export function ArrowMarkers() {
  return (
    <svg className="op-markers" aria-hidden="true" focusable="false">
      <defs>
        {(['op-arrow', 'op-arrow-selected', 'op-arrow-highlight'] as const).map((id) => (
          <marker
            key={id}
            id={id}
            viewBox="0 0 12 12"
            refX="11"
            refY="6"
            markerWidth="12"
            markerHeight="12"
            markerUnits="userSpaceOnUse"
            orient="auto-start-reverse"
          >
            <path d="M1 1.5 L11 6 L1 10.5 z" className={id} />
          </marker>
        ))}
      </defs>
    </svg>
  );
}
