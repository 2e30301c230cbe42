import * as path from 'node:path';
import type { IpcRequest, IpcResponse } from '../../shared/ipc';
import { atomicSave } from './atomic-save';
import { safeFileName, type DialogPort } from './dialogs';
import { canceled, failed, succeeded } from './results';

/** Writes an export (report PDF, Markdown, rules…) where the user chooses in the save dialog, atomically. */
export async function exportFile(dialogs: DialogPort, request: IpcRequest<'file:export'>): Promise<IpcResponse<'file:export'>> {
  const file = await dialogs.chooseExportTarget(safeFileName(request.suggestedName, 'export'), request.mime);
  if (!file) return canceled;
  const outcome = await atomicSave(file, request.bytes, { keepBackup: false });
  return outcome.ok ? succeeded({ name: path.basename(file) }) : failed(outcome.reason);
}
