import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  APP_ENTRY_URL,
  APP_SCHEME_PRIVILEGES,
  CONTENT_SECURITY_POLICY,
  createAppProtocolHandler,
  devServerUrl,
  resolveAppAsset,
} from '../../src/main/protocol';
import { tempFolder } from './support/fakes';

let folder: { path: string; remove: () => Promise<void> };
let root: string;

beforeEach(async () => {
  folder = await tempFolder('org-planner-protocol-');
  root = join(folder.path, 'renderer');
  await mkdir(join(root, 'assets'), { recursive: true });
  await writeFile(join(root, 'index.html'), '<!doctype html><title>Org Planner</title>');
  await writeFile(join(root, 'assets', 'app.js'), 'console.log(1)');
  await writeFile(join(folder.path, 'secret.txt'), 'top secret');
});
afterEach(async () => {
  await folder.remove();
});

describe('app:// protocol', () => {
  it('is registered as a secure standard scheme with fetch support', () => {
    expect(APP_SCHEME_PRIVILEGES).toMatchObject({
      scheme: 'app',
      privileges: { standard: true, secure: true, supportFetchAPI: true },
    });
    expect(APP_ENTRY_URL).toBe('app://org-planner/index.html');
  });

  it('maps URLs to files under the renderer folder', () => {
    expect(resolveAppAsset(root, 'app://org-planner/index.html')).toBe(join(root, 'index.html'));
    expect(resolveAppAsset(root, 'app://org-planner/')).toBe(join(root, 'index.html'));
    expect(resolveAppAsset(root, 'app://org-planner/assets/app.js?v=1#x')).toBe(join(root, 'assets', 'app.js'));
  });

  it.each([
    'app://org-planner/../secret.txt',
    'app://org-planner/%2e%2e/secret.txt',
    'app://org-planner/assets/../../secret.txt',
  ])('keeps dot segments inside the folder: %s', (url) => {
    // The URL parser stops `..` at the root of the URL, so these name renderer/secret.txt (which does not exist).
    expect(resolveAppAsset(root, url)).toBe(join(root, 'secret.txt'));
  });

  it.each([
    'app://org-planner/assets/..%2F..%2Fsecret.txt',
    'app://org-planner/..%5Csecret.txt',
    'app://org-planner/%2E%2E%2F%2E%2E%2Fsecret.txt',
    'app://org-planner/index.html%00.js',
    'app://org-planner/%E0%A4%A',
    'app://other-host/index.html',
    'file:///etc/passwd',
    'https://org-planner/index.html',
  ])('refuses %s', (url) => {
    expect(resolveAppAsset(root, url)).toBeNull();
  });

  it('serves files with the strict Content-Security-Policy and a content type', async () => {
    const handler = createAppProtocolHandler(root);
    const response = await handler(new Request('app://org-planner/assets/app.js'));
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('console.log(1)');
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/script-src[^;]*unsafe/);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('answers 404 for traversal and missing files, 405 for other methods', async () => {
    const handler = createAppProtocolHandler(root);
    const traversal = await handler(new Request('app://org-planner/assets/..%2F..%2Fsecret.txt'));
    expect(traversal.status).toBe(404);
    expect(await traversal.text()).not.toContain('secret');
    expect((await handler(new Request('app://org-planner/../secret.txt'))).status).toBe(404);
    expect((await handler(new Request('app://org-planner/missing.js'))).status).toBe(404);
    expect((await handler(new Request('app://org-planner/index.html', { method: 'POST', body: 'x' }))).status).toBe(
      405,
    );
  });
});

describe('dev server URL', () => {
  it('is used only when not packaged and only on loopback http', () => {
    expect(devServerUrl({ ELECTRON_RENDERER_URL: 'http://localhost:5173' }, false)).toBe('http://localhost:5173/');
    expect(devServerUrl({ ELECTRON_RENDERER_URL: 'http://127.0.0.1:5173/' }, false)).toBe('http://127.0.0.1:5173/');
    expect(devServerUrl({ ELECTRON_RENDERER_URL: 'http://localhost:5173' }, true)).toBeNull();
    expect(devServerUrl({ ELECTRON_RENDERER_URL: 'https://evil.example' }, false)).toBeNull();
    expect(devServerUrl({ ELECTRON_RENDERER_URL: 'http://192.168.1.5:5173' }, false)).toBeNull();
    expect(devServerUrl({}, false)).toBeNull();
  });
});
