import { promises as fsp } from 'node:fs';
import * as path from 'node:path';
import type { IpcRequest, IpcResponse } from '../../shared/ipc';
import { MAX_WORKSPACE_BYTES } from '../../shared/workspace';
import { atomicSave } from './atomic-save';
import type { DialogPort } from './dialogs';
import { safeFileName, WORKSPACE_EXTENSION, withExtension } from './dialogs';
import { describeFsError } from './fs-errors';
import type { HandleTable } from './handle-table';
import type { LaunchQueue } from './launch-queue';
import { canceled, failed, ownedBytes, succeeded } from './results';

export interface WorkspaceDeps {
  dialogs: DialogPort;
  handles: HandleTable;
  launchQueue: LaunchQueue;
}

/** A zip container starts with a local file header or, when empty, the end-of-central-directory record (PKWARE APPNOTE 4.3.7, 4.3.16). */
const looksLikeZip = (bytes: Uint8Array): boolean =>
  bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && ((bytes[2] === 3 && bytes[3] === 4) || (bytes[2] === 5 && bytes[3] === 6));

/**
 * Reads the chosen workspace and hands its bytes to the renderer, which decodes and validates them. Main only
 * reads here, never writes, so a file that fails to open is left exactly as it was; a file that is not even a zip
 * container gets no workspace handle, so nothing can later be saved over it by mistake.
 */
export async function openWorkspace(deps: WorkspaceDeps): Promise<IpcResponse<'workspace:open'>> {
  const file = deps.launchQueue.take() ?? (await deps.dialogs.chooseWorkspaceToOpen());
  if (!file) return canceled;
  const name = path.basename(file);
  try {
    const stats = await fsp.stat(file);
    if (!stats.isFile()) return failed(`"${name}" is not a file.`);
    if (stats.size > MAX_WORKSPACE_BYTES) {
      return failed(`"${name}" is ${Math.round(stats.size / 2 ** 20)} MiB, more than the ${MAX_WORKSPACE_BYTES / 2 ** 20} MiB Headroom can open. The file was not changed.`);
    }
    const bytes = await fsp.readFile(file, { flag: 'r' });
    if (!looksLikeZip(bytes)) return failed(`"${name}" is not a Headroom workspace (it is not a zip container). The file was not changed.`);
    return succeeded({ handle: deps.handles.issue('workspace', file), name, bytes: ownedBytes(bytes) });
  } catch (err) {
    return failed(describeFsError(err, file, 'open'));
  }
}

/**
 * Saves over the file behind a handle (Save), or asks where first (Save As, `handle: null`). The write is atomic
 * and keeps the previous file as `.bak`; on failure the renderer keeps the study in memory and shows the reason.
 */
export async function saveWorkspace(deps: WorkspaceDeps, request: IpcRequest<'workspace:save'>): Promise<IpcResponse<'workspace:save'>> {
  let file: string | null;
  if (request.handle !== null) {
    file = deps.handles.resolve(request.handle, 'workspace');
    if (!file) return failed('Headroom no longer knows where this study was saved; use Save As.');
  } else {
    const chosen = await deps.dialogs.chooseWorkspaceSaveTarget(withExtension(safeFileName(request.suggestedName, 'Untitled study'), WORKSPACE_EXTENSION));
    if (!chosen) return canceled;
    file = withExtension(chosen, WORKSPACE_EXTENSION);
  }
  const outcome = await atomicSave(file, request.bytes, { keepBackup: true });
  if (!outcome.ok) return failed(outcome.reason);
  return succeeded({ handle: deps.handles.issue('workspace', file), name: path.basename(file) });
}
