import type { MenuCommand } from '../shared/host-api';
import type { IpcChannel, IpcResponse, PreloadBridge } from '../shared/ipc';
import { IPC_CHANNELS, MENU_CHANNEL, MENU_COMMANDS } from '../shared/ipc-channels';

/** What the bridge needs of ipcRenderer (preload.ts adapts the real one; the listener gets the payload only). */
export interface RendererIpc {
  invoke(channel: string, payload: unknown): Promise<unknown>;
  on(channel: string, listener: (payload: unknown) => void): void;
}

const allowedChannels = new Set<string>(IPC_CHANNELS);
const menuCommands = new Set<string>(MENU_COMMANDS);
/** Menu commands that arrive before the page listens (e.g. "open" for a file given on the command line) wait here. */
const MAX_PENDING_COMMANDS = 16;

/**
 * `window.headroom`: a generic invoke limited to the channel table (as VS Code's preload limits channels by
 * prefix) and a menu listener. It hands the page no Electron object, no Node API and no way to name a channel
 * main does not serve; main re-checks the sender and validates every payload anyway.
 */
export function createPreloadBridge(ipc: RendererIpc): PreloadBridge {
  const listeners = new Set<(command: MenuCommand) => void>();
  const pending: MenuCommand[] = [];
  ipc.on(MENU_CHANNEL, (command) => {
    if (typeof command !== 'string' || !menuCommands.has(command)) return;
    const known = command as MenuCommand;
    if (listeners.size === 0) {
      if (pending.length < MAX_PENDING_COMMANDS) pending.push(known);
      return;
    }
    for (const listener of listeners) listener(known);
  });
  return {
    invoke<C extends IpcChannel>(channel: C, request: unknown): Promise<IpcResponse<C>> {
      if (!allowedChannels.has(channel)) {
        return Promise.resolve({ ok: false, canceled: false, reason: `unknown channel ${String(channel)}` } as IpcResponse<C>);
      }
      return ipc.invoke(channel, request) as Promise<IpcResponse<C>>;
    },
    onMenuCommand(listener: (command: string) => void): () => void {
      listeners.add(listener);
      for (const command of pending.splice(0)) listener(command);
      return () => {
        listeners.delete(listener);
      };
    },
  };
}
