import { app, dialog, type BrowserWindow } from 'electron';
import * as path from 'node:path';
import { exportFilters, IMPORT_EXTENSIONS, WORKSPACE_EXTENSION, type DialogPort } from './handlers/dialogs';

/** DialogPort over Electron's native dialogs, modal to the window. The paths they return never leave main. */
export function nativeDialogs(window: () => BrowserWindow | null): DialogPort {
  const workspaceFilter = { name: 'Headroom workspace', extensions: [WORKSPACE_EXTENSION] };
  const documents = (name: string) => path.join(app.getPath('documents'), name);
  const parent = () => window() ?? undefined;
  return {
    async chooseWorkspaceToOpen() {
      const options = { properties: ['openFile' as const], filters: [workspaceFilter] };
      const win = parent();
      const result = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    async chooseWorkspaceSaveTarget(suggestedName) {
      const options = { defaultPath: documents(suggestedName), filters: [workspaceFilter], properties: ['showOverwriteConfirmation' as const] };
      const win = parent();
      const result = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? null : result.filePath;
    },
    async chooseImportFiles() {
      const options = {
        properties: ['openFile' as const, 'multiSelections' as const],
        filters: [
          { name: 'Metrics and incident logs', extensions: IMPORT_EXTENSIONS },
          { name: 'All files', extensions: ['*'] },
        ],
      };
      const win = parent();
      const result = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
      return result.canceled ? null : result.filePaths;
    },
    async chooseExportTarget(suggestedName, mime) {
      const options = { defaultPath: documents(suggestedName), filters: exportFilters(mime), properties: ['showOverwriteConfirmation' as const] };
      const win = parent();
      const result = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? null : result.filePath;
    },
  };
}
