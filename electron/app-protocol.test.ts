import { promises as fsp } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveAppRequest } from './app-protocol';
import { CONTENT_SECURITY_POLICY } from './security';

let base: string;
let webRoot: string;
beforeAll(async () => {
  base = await fsp.mkdtemp(path.join(os.tmpdir(), 'headroom-protocol-'));
  webRoot = path.join(base, 'web');
  await fsp.mkdir(path.join(webRoot, 'assets'), { recursive: true });
  await fsp.writeFile(path.join(webRoot, 'index.html'), '<!doctype html><title>Headroom</title>');
  await fsp.writeFile(path.join(webRoot, 'assets', 'index-abc.js'), 'console.log(1)');
  await fsp.writeFile(path.join(base, 'secret.txt'), 'outside the web root');
  await fsp.writeFile(path.join(base, 'web-secret.txt'), 'a sibling whose name starts like the root');
});
afterAll(async () => {
  await fsp.rm(base, { recursive: true, force: true });
});

describe('serveAppRequest', () => {
  it('serves the built app with its type and the CSP on every response', async () => {
    const page = await serveAppRequest('app://headroom/', webRoot);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<title>Headroom</title>');
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    const script = await serveAppRequest('app://headroom/assets/index-abc.js?v=1', webRoot);
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    const missing = await serveAppRequest('app://headroom/nope.js', webRoot);
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });

  it.each([
    'app://headroom/../secret.txt',
    'app://headroom/%2e%2e/secret.txt',
    'app://headroom/assets/..%2F..%2Fsecret.txt',
    'app://headroom/..%5Csecret.txt',
    'app://headroom/%2e%2e/web-secret.txt',
    'app://headroom/assets%00/index-abc.js',
    'app://other/index.html',
    'file:///etc/passwd',
    'app://headroom/%E0%A4%A',
  ])('never serves anything outside the web root: %s', async (url) => {
    const response = await serveAppRequest(url, webRoot);
    expect(response.status).not.toBe(200);
    expect(await response.text()).not.toContain('outside');
  });
});
