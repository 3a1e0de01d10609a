/**
 * External links. The app only ever hands the system browser https URLs under
 * an allow-listed prefix (Help menu entries, and links the renderer tries to
 * open); everything else is refused, so a compromised or buggy page cannot
 * launch arbitrary protocols (`file:`, `smb:`, custom handlers) through the OS.
 */

/** Where the project lives; the Help menu's links are under it. */
export const PROJECT_URL = 'https://github.com/org-planner/org-planner';

export const HELP_LINKS = {
  documentation: `${PROJECT_URL}#readme`,
  planFormat: `${PROJECT_URL}/blob/main/docs/format.md`,
  rules: `${PROJECT_URL}/blob/main/docs/rules.md`,
  reportIssue: `${PROJECT_URL}/issues`,
} as const;
export type HelpLinkId = keyof typeof HELP_LINKS;

/** `origin + path prefix` pairs; a URL must start with one of them, at a path-segment boundary. */
export const ALLOWED_URL_PREFIXES: readonly string[] = [PROJECT_URL];

const MAX_URL_LENGTH = 2048;

export function isAllowedExternalUrl(raw: unknown): raw is string {
  if (typeof raw !== 'string' || raw.length > MAX_URL_LENGTH) return false;
  // Control characters and white space are never part of a link we wrote.
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u0020\u007f]/.test(raw)) return false;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  if (url.protocol !== 'https:' || url.username !== '' || url.password !== '' || url.port !== '') return false;
  const location = `${url.origin}${url.pathname}`;
  return ALLOWED_URL_PREFIXES.some(
    (prefix) => location === prefix || location.startsWith(prefix.endsWith('/') ? prefix : `${prefix}/`),
  );
}

/** Opens `url` in the user's browser when the allow-list permits; returns whether it did. */
export async function openExternalLink(url: unknown, openExternal: (url: string) => Promise<void>): Promise<boolean> {
  if (!isAllowedExternalUrl(url)) return false;
  await openExternal(url);
  return true;
}
