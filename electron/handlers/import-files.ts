import { promises as fsp } from 'node:fs';
import * as path from 'node:path';
import type { IpcRequest, IpcResponse } from '../../shared/ipc';
import type { DialogPort } from './dialogs';
import { describeFsError } from './fs-errors';
import type { HandleTable } from './handle-table';
import { canceled, failed, succeeded } from './results';

export interface ImportDeps {
  dialogs: DialogPort;
  handles: HandleTable;
}

/** The files the user picked to import, each as a read-only handle with its name and size (no path leaves main). */
export async function pickImportFiles(deps: ImportDeps): Promise<IpcResponse<'file:pick-import'>> {
  const files = await deps.dialogs.chooseImportFiles();
  if (!files || files.length === 0) return canceled;
  const picked: { handle: string; name: string; size: number }[] = [];
  for (const file of files) {
    try {
      const stats = await fsp.stat(file);
      if (!stats.isFile()) return failed(`"${path.basename(file)}" is not a file.`);
      picked.push({ handle: deps.handles.issue('import', file), name: path.basename(file), size: stats.size });
    } catch (err) {
      return failed(describeFsError(err, file, 'read'));
    }
  }
  return succeeded(picked);
}

/**
 * One chunk of an import file, so the renderer streams a 2 GB file without holding it whole. A read at or past
 * the end returns zero bytes. The chunk is a fresh buffer of exactly the bytes read (see ownedBytes).
 */
export async function readImportChunk(deps: ImportDeps, request: IpcRequest<'file:read'>): Promise<IpcResponse<'file:read'>> {
  const file = deps.handles.resolve(request.handle, 'import');
  if (!file) return failed('This file handle is unknown; pick the file again.');
  let handle: fsp.FileHandle | undefined;
  try {
    handle = await fsp.open(file, 'r');
    const buffer = new Uint8Array(request.length);
    let filled = 0;
    // read(2) may return less than asked before the end of the file; keep reading until full or at the end.
    while (filled < request.length) {
      const { bytesRead } = await handle.read(buffer, filled, request.length - filled, request.offset + filled);
      if (bytesRead === 0) break;
      filled += bytesRead;
    }
    return succeeded(filled === request.length ? buffer : buffer.slice(0, filled));
  } catch (err) {
    return failed(describeFsError(err, file, 'read'));
  } finally {
    await handle?.close();
  }
}
