import { promises as fsp } from 'node:fs';
import * as path from 'node:path';
import type { IpcRequest, IpcResponse } from '../../shared/ipc';
import { atomicSave } from './atomic-save';
import { describeFsError, errorCode } from './fs-errors';
import { failed, ownedBytes, succeeded } from './results';

/**
 * The autosave slot: one file in the app's own data folder, never the user's document (../shared/DESIGN.md).
 * The renderer writes it while there are unsaved edits and clears it (null) after a clean save or exit, so a slot
 * found at start-up means the last session ended uncleanly and its edits can be offered back.
 */
export const recoveryFile = (userDataDir: string): string => path.join(userDataDir, 'recovery', 'unsaved.headroom');

export async function writeRecovery(userDataDir: string, request: IpcRequest<'recovery:write'>): Promise<IpcResponse<'recovery:write'>> {
  const file = recoveryFile(userDataDir);
  if (request.bytes === null) {
    try {
      await fsp.unlink(file);
    } catch (err) {
      if (errorCode(err) !== 'ENOENT') return failed(describeFsError(err, file, 'save'));
    }
    return succeeded(null);
  }
  try {
    await fsp.mkdir(path.dirname(file), { recursive: true });
  } catch (err) {
    return failed(describeFsError(err, file, 'save'));
  }
  const outcome = await atomicSave(file, request.bytes, { keepBackup: false });
  return outcome.ok ? succeeded(null) : failed(outcome.reason);
}

export async function readRecovery(userDataDir: string): Promise<IpcResponse<'recovery:read'>> {
  const file = recoveryFile(userDataDir);
  try {
    return succeeded(ownedBytes(await fsp.readFile(file)));
  } catch (err) {
    return errorCode(err) === 'ENOENT' ? succeeded(null) : failed(describeFsError(err, file, 'read'));
  }
}
