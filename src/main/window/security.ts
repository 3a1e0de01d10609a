/**
 * Web-contents hardening (Electron security checklist): no navigation away
 * from the app, no new windows, no <webview>, no permissions beyond writing
 * the clipboard, no requests to anything but the app's own origin. Links to
 * allow-listed https pages open in the user's browser instead. The decisions
 * are pure functions; `hardenWebContents` and `hardenSession` attach them.
 */
import type { Session, WebContents } from 'electron';
import { isAllowedExternalUrl } from '../links';
import { originOf, type SenderPolicy } from '../ipc/validate-sender';

export type NavigationDecision = 'deny' | 'open-external';

/** The app is a single page: every navigation is refused; allow-listed https links go to the browser. */
export function navigationDecision(url: string): NavigationDecision {
  return isAllowedExternalUrl(url) ? 'open-external' : 'deny';
}

/** Writing to the clipboard (copy of plan nodes) is the only permission, and only for our own pages. */
export function isPermissionAllowed(permission: string, requestingUrl: string, policy: SenderPolicy): boolean {
  const origin = originOf(requestingUrl);
  return permission === 'clipboard-sanitized-write' && origin !== null && policy.trustedOrigins.includes(origin);
}

const LOCAL_SCHEMES = new Set(['data:', 'blob:', 'devtools:', 'about:']);

/** No remote content: only the app's origin (and the dev server during development) and in-page data. */
export function isRequestAllowed(url: string, policy: SenderPolicy, devServerOrigin: string | null): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (LOCAL_SCHEMES.has(parsed.protocol)) return true;
  const origin = originOf(url);
  if (origin === null) return false;
  if (policy.trustedOrigins.includes(origin)) return true;
  // Vite's hot reload talks over a websocket on the dev server's host.
  if (devServerOrigin !== null && parsed.protocol === 'ws:' && `http://${parsed.host}` === devServerOrigin) return true;
  return false;
}

export interface HardenDeps {
  readonly openExternal: (url: string) => void;
  readonly log?: (message: string) => void;
}

export function hardenWebContents(contents: WebContents, deps: HardenDeps): void {
  const refuse = (event: { preventDefault(): void }, url: string): void => {
    event.preventDefault();
    if (navigationDecision(url) === 'open-external') deps.openExternal(url);
    else deps.log?.(`security: blocked navigation to ${url}`);
  };
  contents.on('will-navigate', (event, url) => {
    refuse(event, url);
  });
  contents.on('will-frame-navigate', (event) => {
    // The top frame is handled by will-navigate above; this catches subframes.
    if (!event.isMainFrame) refuse(event, event.url);
  });
  contents.on('will-redirect', (event) => {
    refuse(event, event.url);
  });
  contents.setWindowOpenHandler(({ url }) => {
    if (navigationDecision(url) === 'open-external') deps.openExternal(url);
    else deps.log?.(`security: blocked window.open of ${url}`);
    return { action: 'deny' };
  });
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
  });
}

export function hardenSession(
  session: Session,
  policy: SenderPolicy,
  devServerOrigin: string | null,
  log?: (message: string) => void,
): void {
  session.setPermissionRequestHandler((contents, permission, callback) => {
    callback(isPermissionAllowed(permission, contents.getURL(), policy));
  });
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin) =>
    isPermissionAllowed(permission, requestingOrigin, policy),
  );
  session.setDevicePermissionHandler(() => false);
  session.webRequest.onBeforeRequest((details, callback) => {
    const allowed = isRequestAllowed(details.url, policy, devServerOrigin);
    if (!allowed) log?.(`security: blocked request to ${details.url}`);
    callback({ cancel: !allowed });
  });
}
