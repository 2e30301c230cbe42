import type { HostApi } from '../../shared/host-api';
import type { PreloadBridge } from '../../shared/ipc';
import { createBrowserHost } from './browser';
import { createElectronHost } from './electron';

declare global {
  interface Window {
    headroom?: PreloadBridge;
  }
}

/** The one place that decides which host we run in: the preload's bridge when present, else the browser. */
export const host: HostApi = window.headroom ? createElectronHost(window.headroom) : createBrowserHost();
