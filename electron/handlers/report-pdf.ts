import type { IpcRequest, IpcResponse } from '../../shared/ipc';
import { pageTemplates } from '../../models/report/page-templates';
import { atomicSave } from './atomic-save';
import { safeFileName, type DialogPort } from './dialogs';
import { canceled, failed, succeeded } from './results';

/** The options of Electron's `webContents.printToPDF` this export uses (margins in inches). */
export interface ReportPdfOptions {
  pageSize: 'A4' | 'Letter';
  printBackground: boolean;
  displayHeaderFooter: boolean;
  headerTemplate: string;
  footerTemplate: string;
  margins: { top: number; bottom: number; left: number; right: number };
}

/** Prints the app window (main.ts: `(o) => mainWindow.webContents.printToPDF(o)`); tests pass a fake. */
export type PrintToPdf = (options: ReportPdfOptions) => Promise<Uint8Array>;

const MM = 1 / 25.4;

/**
 * `report:pdf`: print the window showing the Report view — its print styles leave only the report on light
 * paper — with the running header and page numbers `headroom report` prints, then save where the user chooses.
 */
export async function printReportPdf(
  deps: { dialogs: DialogPort; printToPdf?: PrintToPdf },
  request: IpcRequest<'report:pdf'>,
): Promise<IpcResponse<'report:pdf'>> {
  if (!deps.printToPdf) return failed('printing to PDF is not available in this window');
  const pdf = await deps.printToPdf({
    pageSize: request.paper,
    printBackground: true,
    displayHeaderFooter: true,
    ...pageTemplates(request),
    margins: { top: 18 * MM, bottom: 16 * MM, left: 14 * MM, right: 14 * MM },
  });
  const file = await deps.dialogs.chooseExportTarget(safeFileName(request.suggestedName, 'report.pdf'), 'application/pdf');
  if (!file) return canceled;
  const saved = await atomicSave(file, pdf, { keepBackup: false });
  return saved.ok ? succeeded({ name: file.split(/[\\/]/).pop() ?? file }) : failed(saved.reason);
}
