/**
 * Everything the renderer may ask of the operating system. Implemented twice: by the Electron preload bridge
 * (renderer/host/electron.ts over shared/ipc.ts) and by the browser (renderer/host/browser.ts, File API + IndexedDB).
 * Handles are opaque names the host handed out; the renderer never sees a path it could abuse.
 */
export type HostResult<T> = { ok: true; value: T } | { ok: false; canceled: true } | { ok: false; canceled: false; reason: string };

/** A file the user chose to import, read as a byte stream so a big file never sits in memory whole. */
export interface ImportSource {
  name: string;
  size: number;
  stream(): ReadableStream<Uint8Array>;
}

export interface OpenedWorkspace {
  handle: string;
  name: string;
  bytes: Uint8Array;
}

export interface SavedWorkspace {
  handle: string;
  name: string;
}

/** Commands the native menu (or the browser's key bindings) sends to the renderer. */
export type MenuCommand = 'open' | 'save' | 'save-as' | 'import' | 'export-report' | 'undo' | 'redo' | 'new-demo';

export interface HostApi {
  readonly kind: 'electron' | 'browser';
  openWorkspace(): Promise<HostResult<OpenedWorkspace>>;
  /** `handle: null` asks where to save (Save As); a handle saves over that file atomically, keeping a `.bak`. */
  saveWorkspace(request: { handle: string | null; suggestedName: string; bytes: Uint8Array }): Promise<HostResult<SavedWorkspace>>;
  pickImportFiles(): Promise<HostResult<ImportSource[]>>;
  exportFile(request: { suggestedName: string; mime: string; bytes: Uint8Array }): Promise<HostResult<{ name: string }>>;
  /** Autosave to the recovery slot (never the user's file); null clears it after a clean save or exit. */
  writeRecovery(bytes: Uint8Array | null): Promise<HostResult<null>>;
  readRecovery(): Promise<HostResult<Uint8Array | null>>;
  /** Print the window showing the Report view to a PDF the user saves; absent where the browser's print dialog does it. */
  printReportPdf?(request: { suggestedName: string; paper: 'A4' | 'Letter'; title: string; study: string; generatedAt: number }): Promise<HostResult<{ name: string }>>;
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
}
