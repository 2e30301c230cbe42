import type { CustomScheme, WebPreferences } from 'electron';

/**
 * The security settings main.ts applies, as values and small functions so electron/security.test.ts checks the very
 * objects main uses. Sources: Electron's security checklist (https://www.electronjs.org/docs/latest/tutorial/security)
 * and Doyensec's Electronegativity checks, which `npm test` also runs on this folder.
 */

/** The renderer is served from this custom scheme, never from file:// (which would grant it every local file) or http. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'headroom';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/**
 * `standard` gives the scheme an origin (so 'self', relative URLs and module scripts work), `secure` makes it a
 * secure context, `supportFetchAPI` lets the renderer fetch its own bundled demo data. No service workers, no
 * CSP bypass.
 */
export const APP_SCHEME_PRIVILEGES: CustomScheme = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true, bypassCSP: false, allowServiceWorkers: false, corsEnabled: false, stream: true },
};

/**
 * The page may load only what the app itself ships. Inline styles are allowed because React and recharts set
 * `style` attributes on SVG; inline and remote scripts, eval, plugins, frames and form posts are not.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  // blob: URLs are made by the page itself (a picked file read through fetch, a worker built in memory); the
  // renderer's own <meta> CSP allows them too, and a page must satisfy both policies.
  "connect-src 'self' blob:",
  "worker-src 'self' blob:",
  "manifest-src 'self'",
  "object-src 'none'",
  "frame-src 'none'",
  "child-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** Headers of every response of the app scheme (CSP; no MIME sniffing; the window may not be opened by others). */
export const APP_RESPONSE_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Referrer-Policy': 'no-referrer',
};

export function secureWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    safeDialogs: true,
    spellcheck: false,
    // Middle-click on a link would open a window through auxclick (Electronegativity AUXCLICK_JS_CHECK).
    disableBlinkFeatures: 'Auxclick',
  };
}

/** True only for URLs of the app scheme and host; everything else (http, file, data, javascript…) is foreign. */
export function isAppUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST;
  } catch {
    return false;
  }
}

/** `will-navigate` / `will-redirect`: the window may only move within the app (a reload); links elsewhere are dropped. */
export const allowNavigation = (url: string): boolean => isAppUrl(url);

/** `setWindowOpenHandler`: no new windows at all; the app is one window and makes no network requests. */
export const denyWindowOpen = (): { action: 'deny' } => ({ action: 'deny' });

/**
 * Every network scheme the session could reach; main cancels them all (webRequest.onBeforeRequest), so the desktop
 * app makes no network request even if a CSP gap or a library tried (../shared/DESIGN.md: the app is offline).
 */
export const NETWORK_URL_PATTERNS = ['http://*/*', 'https://*/*', 'ws://*/*', 'wss://*/*', 'ftp://*/*'];

/** Permission requests and checks (camera, geolocation, notifications, clipboard reads…): the app needs none. */
export const denyPermission = (): false => false;

/** The parts of Electron's WebFrameMain an IPC sender check needs. */
export interface SenderFrame {
  readonly url: string;
  readonly parent: unknown;
}

/**
 * An IPC request is served only from the app's own top-level page: not from a sub-frame, not after the window
 * was somehow navigated elsewhere, not from a frame that is gone (Electron reports it as null).
 */
export function isTrustedSender(frame: SenderFrame | null | undefined): boolean {
  return frame != null && frame.parent === null && isAppUrl(frame.url);
}
