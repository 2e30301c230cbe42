import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { _electron as electron, expect, test } from '@playwright/test';
import type { PreloadBridge } from '../../shared/ipc';
import { findElectronBinary } from './electron-binary';

const root = path.resolve(import.meta.dirname, '..', '..');
const mainBundle = path.join(root, 'dist-electron', 'main.cjs');
const binary = findElectronBinary();
const skipReason = binary.ok ? '' : `Electron e2e skipped: ${binary.reason}. Electron cannot be downloaded on this machine; the browser e2e covers the renderer.`;
// Printed as well as recorded, so a CI log says why the desktop suite did not run.
if (!binary.ok) console.log(skipReason);

test.skip(!binary.ok, skipReason);

test('opens the demo study in a locked-down window', async () => {
  if (!binary.ok) return;
  expect(existsSync(mainBundle), 'run `npm run build` first').toBe(true);
  const app = await electron.launch({ executablePath: binary.path, args: [mainBundle], cwd: root });
  try {
    const page = await app.firstWindow();
    await expect(page).toHaveTitle(/Headroom/);
    expect(page.url()).toBe('app://headroom/index.html');

    // The page gets the bridge and nothing of Node or Electron.
    const exposed = await page.evaluate(() => {
      const scope = globalThis as unknown as Record<string, unknown> & { headroom?: PreloadBridge };
      return { headroom: typeof scope.headroom, invoke: typeof scope.headroom?.invoke, require: typeof scope['require'], process: typeof scope['process'], module: typeof scope['module'] };
    });
    expect(exposed).toEqual({ headroom: 'object', invoke: 'function', require: 'undefined', process: 'undefined', module: 'undefined' });

    // The CSP header arrives with the app's own files; window.open and foreign navigation go nowhere.
    const csp = await page.evaluate(async () => (await fetch('./index.html')).headers.get('content-security-policy'));
    expect(csp).toContain("script-src 'self'");
    expect(await page.evaluate(() => window.open('https://example.com/') === null)).toBe(true);
    await page.evaluate(() => {
      window.location.href = 'https://example.com/';
    });
    await page.waitForTimeout(500);
    expect(page.url()).toBe('app://headroom/index.html');

    // IPC round trip through the whitelisted bridge, and a refused channel.
    const recovery = await page.evaluate(() => (globalThis as unknown as { headroom: PreloadBridge }).headroom.invoke('recovery:read', {}));
    expect(recovery).toMatchObject({ ok: true });
    const refused = await page.evaluate(() =>
      (globalThis as unknown as { headroom: { invoke(c: string, r: unknown): Promise<unknown> } }).headroom.invoke('shell:open', {}),
    );
    expect(refused).toMatchObject({ ok: false });

    // The demo study is on screen when no file is given.
    await expect(page.getByText(/demo/i).first()).toBeVisible();
  } finally {
    await app.close();
  }
});
