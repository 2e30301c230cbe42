import { describe, expect, it } from 'vitest';
import {
  allowNavigation,
  APP_ENTRY_URL,
  APP_RESPONSE_HEADERS,
  APP_SCHEME_PRIVILEGES,
  CONTENT_SECURITY_POLICY,
  denyPermission,
  denyWindowOpen,
  isAppUrl,
  isTrustedSender,
  NETWORK_URL_PATTERNS,
  secureWebPreferences,
} from './security';
import { DISCARD_BUTTON, UNSAVED_CHANGES_PROMPT } from './unsaved-changes';

// These are the values main.ts passes to Electron (it imports them from security.ts); the checklist is Electron's
// own: https://www.electronjs.org/docs/latest/tutorial/security

describe('the window', () => {
  it('isolates the page: context isolation, sandbox, no Node in the page, its workers or its frames, web security on', () => {
    const prefs = secureWebPreferences('/app/dist-electron/preload.cjs');
    expect(prefs).toMatchObject({
      preload: '/app/dist-electron/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      disableBlinkFeatures: 'Auxclick',
    });
    expect(prefs).not.toHaveProperty('enableBlinkFeatures');
  });

  it('loads only the app scheme, whose privileges do not bypass the CSP or allow service workers', () => {
    expect(isAppUrl(APP_ENTRY_URL)).toBe(true);
    expect(APP_SCHEME_PRIVILEGES.privileges).toMatchObject({ standard: true, secure: true, bypassCSP: false, allowServiceWorkers: false });
  });
});

describe('the content security policy', () => {
  const directives = new Map(CONTENT_SECURITY_POLICY.split('; ').map((d) => [d.split(' ')[0]!, d.split(' ').slice(1)]));

  it('allows scripts only from the app itself: no inline script, no eval, no remote host', () => {
    expect(directives.get('default-src')).toEqual(["'none'"]);
    expect(directives.get('script-src')).toEqual(["'self'"]);
    for (const sources of directives.values()) {
      expect(sources).not.toContain("'unsafe-eval'");
      expect(sources.some((s) => /^(https?:|\*|wss?:)/.test(s))).toBe(false);
    }
  });

  it('allows no connection, frame, plugin, form post or <base> elsewhere', () => {
    expect(directives.get('connect-src')).toEqual(["'self'", 'blob:']);
    for (const name of ['object-src', 'frame-src', 'base-uri', 'form-action', 'frame-ancestors']) expect(directives.get(name)).toEqual(["'none'"]);
  });

  it('is sent on every app response, with nosniff', () => {
    expect(APP_RESPONSE_HEADERS['Content-Security-Policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(APP_RESPONSE_HEADERS['X-Content-Type-Options']).toBe('nosniff');
  });
});

describe('navigation, new windows and permissions', () => {
  it.each([
    ['https://evil.example/', false],
    ['http://127.0.0.1:4173/', false],
    ['file:///etc/passwd', false],
    ['javascript:alert(1)', false],
    ['data:text/html,<script>alert(1)</script>', false],
    ['app://evil/index.html', false],
    ['app://headroom.evil.example/', false],
    ['not a url', false],
    ['app://headroom/index.html', true],
    ['app://headroom/index.html#/capacity', true],
  ])('allows navigation to %s: %s', (url, allowed) => {
    expect(allowNavigation(url)).toBe(allowed);
  });

  it('cancels every request to a network scheme, so the desktop app stays offline', () => {
    expect(NETWORK_URL_PATTERNS).toEqual(expect.arrayContaining(['http://*/*', 'https://*/*', 'ws://*/*', 'wss://*/*']));
    expect(NETWORK_URL_PATTERNS.some((p) => p.startsWith('app:'))).toBe(false);
  });

  it('asks before closing over unsaved changes, with Cancel as the default and the Escape answer', () => {
    expect(UNSAVED_CHANGES_PROMPT.defaultId).toBe(UNSAVED_CHANGES_PROMPT.cancelId);
    expect(UNSAVED_CHANGES_PROMPT.buttons?.[UNSAVED_CHANGES_PROMPT.cancelId!]).toBe('Cancel');
    expect(DISCARD_BUTTON).not.toBe(UNSAVED_CHANGES_PROMPT.cancelId);
  });

  it('denies every window.open and every permission request', () => {
    expect(denyWindowOpen()).toEqual({ action: 'deny' });
    expect(denyPermission()).toBe(false);
  });
});

describe('the IPC sender check', () => {
  it('trusts only the app page in the top frame', () => {
    expect(isTrustedSender({ url: 'app://headroom/index.html', parent: null })).toBe(true);
    expect(isTrustedSender({ url: 'app://headroom/index.html', parent: {} })).toBe(false);
    expect(isTrustedSender({ url: 'https://evil.example/', parent: null })).toBe(false);
    expect(isTrustedSender({ url: 'file:///home/me/page.html', parent: null })).toBe(false);
    expect(isTrustedSender(null)).toBe(false);
    expect(isTrustedSender(undefined)).toBe(false);
  });
});
