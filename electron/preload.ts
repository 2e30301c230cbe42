import { contextBridge, ipcRenderer } from 'electron';
import { createPreloadBridge } from './preload-bridge';

// Runs sandboxed with context isolation: only `contextBridge` crosses into the page, as `window.headroom`.
// The IPC event object (with its `sender`) is dropped here so the page never holds an ipcRenderer.
contextBridge.exposeInMainWorld(
  'headroom',
  createPreloadBridge({
    invoke: (channel, payload) => ipcRenderer.invoke(channel, payload),
    on: (channel, listener) => {
      ipcRenderer.on(channel, (_event, payload: unknown) => listener(payload));
    },
  }),
);
