/**
 * A path as the command line gave it → the URI reference SARIF's
 * `artifactLocation.uri` wants: relative paths stay relative (GitHub resolves
 * them against the repository root), with forward slashes and each segment
 * percent-encoded; absolute paths become `file:` URIs.
 */

function encodeSegments(path: string): string {
  return path
    .split('/')
    .map((segment) => encodeURIComponent(segment))
    .join('/');
}

export function pathToUriReference(path: string): string {
  const slashed = path.replace(/\\/g, '/');
  const drive = /^([A-Za-z]):\//.exec(slashed);
  if (drive !== null) return `file:///${drive[1] ?? ''}:/${encodeSegments(slashed.slice(3))}`;
  if (slashed.startsWith('/')) return `file://${encodeSegments(slashed)}`;
  return encodeSegments(slashed.replace(/^(\.\/)+/, ''));
}
