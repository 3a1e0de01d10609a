/** The id of a line's <title>, which names it for screen readers (aria-labelledby on React Flow's edge group). */
export function lineTitleId(edgeId: string): string {
  // Id lists are space-separated, so an edge id with spaces must not reach aria-labelledby as it is.
  return `op-line-${encodeURIComponent(edgeId)}`;
}
