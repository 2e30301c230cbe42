import { randomUUID } from 'node:crypto';

/**
 * Opaque handles for files the main process chose through its own dialogs (../shared/STYLE.md: the renderer never
 * sees a raw path it can abuse). A handle is bound to what the user picked it for: an import handle can be read,
 * never written; a workspace handle can be saved over, never read as an import.
 */
export type HandleKind = 'workspace' | 'import';

export class HandleTable {
  private readonly byHandle = new Map<string, { kind: HandleKind; path: string }>();
  private readonly byPath = new Map<string, string>();

  /** The same file picked again for the same purpose keeps its handle, so the table stays as small as the user's files. */
  issue(kind: HandleKind, path: string): string {
    const key = `${kind}\0${path}`;
    const existing = this.byPath.get(key);
    if (existing) return existing;
    const handle = `${kind}-${randomUUID()}`;
    this.byHandle.set(handle, { kind, path });
    this.byPath.set(key, handle);
    return handle;
  }

  /** The path behind a handle, or null when the handle is unknown or was issued for another purpose. */
  resolve(handle: string, kind: HandleKind): string | null {
    const entry = this.byHandle.get(handle);
    return entry && entry.kind === kind ? entry.path : null;
  }
}
