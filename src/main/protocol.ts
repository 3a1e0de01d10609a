/**
 * The app is served from `app://org-planner/`, a privileged standard scheme,
 * instead of `file://` (Electron security checklist #18): pages get a real
 * origin, relative URLs resolve, and only files under `out/renderer` can be
 * loaded. Requests that escape that folder (`..`, encoded slashes,
 * backslashes, NUL) are refused. Every response carries the strict CSP.
 */
import { readFile } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';
import type { CustomScheme } from 'electron';

export const APP_SCHEME = 'app';
export const APP_HOST = 'org-planner';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/**
 * Same policy as the meta tag in src/renderer/index.html, plus what only a
 * header can say. React Flow positions nodes with inline styles, hence
 * `style-src 'unsafe-inline'`; scripts are only our own files.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-src 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** Registered before `app.ready` (Electron requires it). */
export const APP_SCHEME_PRIVILEGES: CustomScheme = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
};

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.map': 'application/json; charset=utf-8',
};

/** The file under `root` that `url` names, or null when the URL is not ours or escapes `root`. */
export function resolveAppAsset(root: string, url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST) return null;
  let pathname: string;
  try {
    pathname = decodeURIComponent(parsed.pathname);
  } catch {
    return null;
  }
  if (pathname.includes('\0') || pathname.includes('\\')) return null;
  const relative = pathname === '/' || pathname === '' ? 'index.html' : pathname.replace(/^\/+/, '');
  const base = resolve(root);
  const target = resolve(base, relative);
  return target.startsWith(base + sep) ? target : null;
}

export function securityHeaders(contentType: string): Record<string, string> {
  return {
    'Content-Type': contentType,
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Cross-Origin-Opener-Policy': 'same-origin',
  };
}

export type ReadAsset = (path: string) => Promise<Uint8Array>;

/** The `protocol.handle` handler: GET/HEAD of files under `root`, 404 for anything else. */
export function createAppProtocolHandler(
  root: string,
  read: ReadAsset = (path) => readFile(path),
): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return new Response('Method not allowed', { status: 405, headers: securityHeaders('text/plain') });
    }
    const path = resolveAppAsset(root, request.url);
    const notFound = (): Response => new Response('Not found', { status: 404, headers: securityHeaders('text/plain') });
    if (path === null) return notFound();
    const type = CONTENT_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
    try {
      const body = await read(path);
      return new Response(request.method === 'HEAD' ? null : body, { status: 200, headers: securityHeaders(type) });
    } catch {
      return notFound();
    }
  };
}

/**
 * electron-vite's dev server URL during `npm run dev`, only for an unpackaged
 * app and only on the loopback interface; null otherwise (then the app loads
 * from `app://`).
 */
export function devServerUrl(env: Readonly<Record<string, string | undefined>>, isPackaged: boolean): string | null {
  const raw = env.ELECTRON_RENDERER_URL;
  if (isPackaged || raw === undefined || raw === '') return null;
  try {
    const url = new URL(raw);
    const loopback = ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
    return url.protocol === 'http:' && loopback ? url.href : null;
  } catch {
    return null;
  }
}
