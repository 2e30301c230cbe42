import type { HostApi, HostResult, ImportSource, MenuCommand } from '../../shared/host-api';
import { MAX_WORKSPACE_BYTES } from '../../shared/workspace';

/**
 * The web host: files come through a hidden <input type=file>, saves leave as downloads, and the recovery
 * slot lives in IndexedDB. The same HostApi as the Electron bridge, so the app cannot tell them apart.
 */
const canceled = { ok: false, canceled: true } as const;
const failed = (reason: string) => ({ ok: false, canceled: false, reason }) as const;

function pickFiles(accept: string, multiple: boolean): Promise<File[] | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = accept;
    input.multiple = multiple;
    input.style.display = 'none';
    input.addEventListener('change', () => {
      resolve(input.files && input.files.length > 0 ? [...input.files] : null);
      input.remove();
    });
    input.addEventListener('cancel', () => {
      resolve(null);
      input.remove();
    });
    document.body.append(input);
    input.click();
  });
}

function download(name: string, mime: string, bytes: Uint8Array): void {
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: mime }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

const DB = 'headroom';
const STORE = 'recovery';

function withStore<T>(mode: IDBTransactionMode, run: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open(DB, 1);
    open.onupgradeneeded = () => open.result.createObjectStore(STORE);
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const tx = open.result.transaction(STORE, mode);
      const request = run(tx.objectStore(STORE));
      tx.oncomplete = () => {
        open.result.close();
        resolve(request.result);
      };
      tx.onerror = () => reject(tx.error);
    };
  });
}

async function guard<T>(work: () => Promise<HostResult<T>>): Promise<HostResult<T>> {
  try {
    return await work();
  } catch (err) {
    return failed(err instanceof Error ? err.message : String(err));
  }
}

export function createBrowserHost(): HostApi {
  return {
    kind: 'browser',
    openWorkspace: () =>
      guard(async () => {
        const files = await pickFiles('.headroom,application/zip', false);
        if (!files) return canceled;
        const file = files[0]!;
        // The same ceiling the desktop host and the workspace decoder hold to; reading more would only fail later.
        if (file.size > MAX_WORKSPACE_BYTES) return failed(`${file.name} is ${(file.size / 2 ** 30).toFixed(1)} GiB, larger than the 1 GiB a Headroom workspace can be`);
        return { ok: true, value: { handle: file.name, name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) } };
      }),
    saveWorkspace: (request) =>
      guard(async () => {
        const name = request.handle ?? (request.suggestedName.endsWith('.headroom') ? request.suggestedName : `${request.suggestedName}.headroom`);
        download(name, 'application/x-headroom', request.bytes);
        return { ok: true, value: { handle: name, name } };
      }),
    pickImportFiles: () =>
      guard(async () => {
        const files = await pickFiles('.csv,.tsv,.txt,.json,.jsonl,.ndjson,.log', true);
        if (!files) return canceled;
        const sources: ImportSource[] = files.map((f) => ({ name: f.name, size: f.size, stream: () => f.stream() }));
        return { ok: true, value: sources };
      }),
    exportFile: (request) =>
      guard(async () => {
        download(request.suggestedName, request.mime, request.bytes);
        return { ok: true, value: { name: request.suggestedName } };
      }),
    writeRecovery: (bytes) =>
      guard(async () => {
        await withStore<unknown>('readwrite', (s) => (bytes ? s.put(bytes, 'latest') : s.delete('latest')) as IDBRequest<unknown>);
        return { ok: true, value: null };
      }),
    readRecovery: () =>
      guard(async () => {
        const value = await withStore<unknown>('readonly', (s) => s.get('latest'));
        return { ok: true, value: value instanceof Uint8Array ? value : null };
      }),
    onMenuCommand(listener: (command: MenuCommand) => void) {
      // No native menu in a browser: the same commands come from key bindings.
      const onKey = (e: KeyboardEvent) => {
        const command = keyToCommand(e);
        if (command) {
          e.preventDefault();
          listener(command);
        }
      };
      window.addEventListener('keydown', onKey);
      return () => window.removeEventListener('keydown', onKey);
    },
  };
}

export function keyToCommand(e: KeyboardEvent): MenuCommand | null {
  if (!(e.ctrlKey || e.metaKey) || e.altKey) return null;
  const target = e.target as HTMLElement | null;
  const editing = target?.closest('input, textarea, [contenteditable="true"]') != null;
  switch (e.key.toLowerCase()) {
    case 'o':
      return 'open';
    case 's':
      return e.shiftKey ? 'save-as' : 'save';
    case 'i':
      return 'import';
    case 'e':
      return 'export-report';
    case 'z':
      return editing ? null : e.shiftKey ? 'redo' : 'undo';
    case 'y':
      return editing ? null : 'redo';
    default:
      return null;
  }
}
