import { describe, expect, it } from 'vitest';
import { MENU_CHANNEL } from '../shared/ipc';
import { createPreloadBridge, type RendererIpc } from './preload-bridge';

/** A recorder standing in for ipcRenderer: this tests the bridge's own logic, not Electron (see e2e/electron). */
function recorder() {
  const invoked: [string, unknown][] = [];
  const listeners = new Map<string, (payload: unknown) => void>();
  const ipc: RendererIpc = {
    invoke: async (channel, payload) => (invoked.push([channel, payload]), { ok: true, value: null }),
    on: (channel, listener) => void listeners.set(channel, listener),
  };
  return { ipc, invoked, emitMenu: (payload: unknown) => listeners.get(MENU_CHANNEL)!(payload) };
}

describe('createPreloadBridge', () => {
  it('forwards the table channels and refuses any other name without reaching main', async () => {
    const { ipc, invoked } = recorder();
    const bridge = createPreloadBridge(ipc);
    expect(await bridge.invoke('recovery:read', {})).toEqual({ ok: true, value: null });
    // A compromised page is not bound by the types: it may call invoke with anything.
    const untyped = bridge.invoke as (channel: string, request: unknown) => Promise<unknown>;
    expect(await untyped('shell:open-external', { url: 'https://evil.example' })).toEqual({ ok: false, canceled: false, reason: 'unknown channel shell:open-external' });
    expect(await untyped(MENU_CHANNEL, {})).toMatchObject({ ok: false });
    expect(invoked).toEqual([['recovery:read', {}]]);
  });

  it('holds menu commands sent before the page listens, then delivers them in order, and drops unknown ones', () => {
    const { ipc, emitMenu } = recorder();
    const bridge = createPreloadBridge(ipc);
    emitMenu('open');
    emitMenu('rm -rf');
    emitMenu({ command: 'save' });
    emitMenu('save');
    const received: string[] = [];
    const stop = bridge.onMenuCommand((c) => received.push(c));
    expect(received).toEqual(['open', 'save']);
    emitMenu('undo');
    stop();
    emitMenu('redo');
    expect(received).toEqual(['open', 'save', 'undo']);
  });
});
