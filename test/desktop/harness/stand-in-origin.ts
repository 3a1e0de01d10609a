/**
 * Chromium without Electron cannot register `app:` as a standard, secure
 * scheme (navigating to `app://…` is aborted before any request exists), so
 * the page lives on a stand-in https origin that maps one-to-one onto
 * `app://org-planner`. Every request to it is served by main's own `app://`
 * handler with the `app://` URL, and every URL main sees (IPC sender frames,
 * `getURL`, web requests) is translated back, so main's checks run on the
 * URLs Electron would give them.
 */
export const APP_ORIGIN = 'app://org-planner';
export const STAND_IN_ORIGIN = 'https://org-planner.app-scheme.test';

export function toPageUrl(url: string): string {
  return url.startsWith(`${APP_ORIGIN}/`) || url === APP_ORIGIN ? STAND_IN_ORIGIN + url.slice(APP_ORIGIN.length) : url;
}

export function toAppUrl(url: string): string {
  return url.startsWith(`${STAND_IN_ORIGIN}/`) || url === STAND_IN_ORIGIN
    ? APP_ORIGIN + url.slice(STAND_IN_ORIGIN.length)
    : url;
}
