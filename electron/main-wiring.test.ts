import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';

// main.ts cannot run without the Electron binary; this reads its source to check it wires the values the other
// tests verify (security.test.ts, register-ipc.test.ts), so a refactor cannot quietly drop one.
const main = readFileSync(path.join(import.meta.dirname, 'main.ts'), 'utf8');

describe('main.ts', () => {
  it.each([
    ['the privileged app scheme, before ready', 'protocol.registerSchemesAsPrivileged([security.APP_SCHEME_PRIVILEGES])'],
    ['the sandbox for every renderer', 'app.enableSandbox()'],
    ['the tested webPreferences', 'webPreferences: security.secureWebPreferences('],
    ['only the app entry URL', 'loadURL(security.APP_ENTRY_URL)'],
    ['the CSP-serving protocol', 'protocol.handle(security.APP_SCHEME, (request) => serveAppRequest(request.url, webRoot))'],
    ['the navigation guard', "contents.on('will-navigate', (event, url) => security.allowNavigation(url) || event.preventDefault())"],
    ['the redirect guard', "contents.on('will-redirect', (event, url) => security.allowNavigation(url) || event.preventDefault())"],
    ['no webviews', "contents.on('will-attach-webview', (event) => event.preventDefault())"],
    ['no new windows', 'contents.setWindowOpenHandler(security.denyWindowOpen)'],
    ['no network', 'webRequest.onBeforeRequest({ urls: security.NETWORK_URL_PATTERNS }, (_details, callback) => callback({ cancel: true }))'],
    ['no permissions (requests)', 'setPermissionRequestHandler((_contents, _permission, callback) => callback(security.denyPermission()))'],
    ['no permissions (checks)', 'setPermissionCheckHandler(security.denyPermission)'],
    ['IPC from the channel table', 'registerIpc(ipcMain, createHandlers('],
  ])('wires %s', (_what, code) => {
    expect(main).toContain(code);
  });

  it('registers no IPC of its own besides the table, and never turns off isolation', () => {
    expect(main).not.toMatch(/ipcMain\.(on|handle|handleOnce|once)\(/);
    expect(main).not.toMatch(/nodeIntegration|contextIsolation|sandbox:|webSecurity/);
  });
});
