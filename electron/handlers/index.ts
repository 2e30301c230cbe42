import type { IpcChannel, IpcRequest, IpcResponse } from '../../shared/ipc';
import type { DialogPort } from './dialogs';
import { exportFile } from './export-file';
import type { HandleTable } from './handle-table';
import { pickImportFiles, readImportChunk } from './import-files';
import type { LaunchQueue } from './launch-queue';
import { readRecovery, writeRecovery } from './recovery';
import { printReportPdf, type PrintToPdf } from './report-pdf';
import { openWorkspace, saveWorkspace } from './workspace-files';

/** One handler per channel of shared/ipc.ts: the mapped type makes a missing or extra channel a compile error. */
export type IpcHandlers = { [C in IpcChannel]: (request: IpcRequest<C>) => Promise<IpcResponse<C>> };

export interface HandlerDeps {
  dialogs: DialogPort;
  handles: HandleTable;
  launchQueue: LaunchQueue;
  /** Electron's `app.getPath('userData')`; the recovery slot lives under it. */
  userDataDir: string;
  /** The app window's `webContents.printToPDF`, for `report:pdf`. */
  printToPdf?: PrintToPdf;
}

export function createHandlers(deps: HandlerDeps): IpcHandlers {
  return {
    'workspace:open': () => openWorkspace(deps),
    'workspace:save': (request) => saveWorkspace(deps, request),
    'file:pick-import': () => pickImportFiles(deps),
    'file:read': (request) => readImportChunk(deps, request),
    'file:export': (request) => exportFile(deps.dialogs, request),
    'recovery:write': (request) => writeRecovery(deps.userDataDir, request),
    'recovery:read': () => readRecovery(deps.userDataDir),
    'report:pdf': (request) => printReportPdf(deps, request),
  };
}
