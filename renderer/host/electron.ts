import type { HostApi, HostResult, ImportSource, MenuCommand } from '../../shared/host-api';
import type { PreloadBridge } from '../../shared/ipc';

const READ_CHUNK = 4 << 20;
const menuCommands: readonly MenuCommand[] = ['open', 'save', 'save-as', 'import', 'export-report', 'undo', 'redo', 'new-demo'];

/** Narrow the IPC's `{ok:false, canceled, reason}` to the HostResult the app speaks. */
function result<T>(r: { ok: true; value: T } | { ok: false; canceled: boolean; reason: string }): HostResult<T> {
  if (r.ok) return r;
  return r.canceled ? { ok: false, canceled: true } : { ok: false, canceled: false, reason: r.reason };
}

/** The desktop host: every call goes through the preload's whitelisted channels to main's validated handlers. */
export function createElectronHost(bridge: PreloadBridge): HostApi {
  return {
    kind: 'electron',
    openWorkspace: async () => result(await bridge.invoke('workspace:open', {})),
    saveWorkspace: async (request) => result(await bridge.invoke('workspace:save', request)),
    pickImportFiles: async () => {
      const picked = result(await bridge.invoke('file:pick-import', {}));
      if (!picked.ok) return picked;
      const sources: ImportSource[] = picked.value.map((f) => ({
        name: f.name,
        size: f.size,
        stream: () => {
          let offset = 0;
          return new ReadableStream<Uint8Array>({
            async pull(controller) {
              const chunk = await bridge.invoke('file:read', { handle: f.handle, offset, length: READ_CHUNK });
              if (!chunk.ok) {
                controller.error(new Error(chunk.reason));
                return;
              }
              if (chunk.value.length === 0) {
                controller.close();
                return;
              }
              offset += chunk.value.length;
              controller.enqueue(chunk.value);
            },
          });
        },
      }));
      return { ok: true, value: sources };
    },
    exportFile: async (request) => result(await bridge.invoke('file:export', request)),
    writeRecovery: async (bytes) => result(await bridge.invoke('recovery:write', { bytes })),
    readRecovery: async () => result(await bridge.invoke('recovery:read', {})),
    printReportPdf: async (request) => result(await bridge.invoke('report:pdf', request)),
    onMenuCommand: (listener) =>
      bridge.onMenuCommand((command) => {
        const known = menuCommands.find((c) => c === command);
        if (known) listener(known);
      }),
  };
}
