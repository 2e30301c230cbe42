import { reportHtml } from '../../../models/report/html';
import { reportMarkdown } from '../../../models/report/markdown';
import type { PaperSize, ReportModel } from '../../../models/report/report-model';
import type { HostResult } from '../../../shared/host-api';
import { host } from '../../host';
import { fileStem } from './report-choice';

/**
 * Markdown and HTML are written from the report data through the host's save dialog (a download in the browser).
 * PDF prints the preview itself: the page's print styles leave only the report, on the chosen paper. In Electron
 * main prints the window (`report:pdf`, webContents.printToPDF); in the browser it is the print dialog for now
 * (choose "Save as PDF"); headless and in CI, `headroom report` prints the same layout through Chromium.
 */
export async function exportReport(report: ReportModel, format: 'pdf' | 'md' | 'html', paper: PaperSize): Promise<HostResult<{ name: string }>> {
  const stem = fileStem(report.cover.title);
  if (format === 'md') return host.exportFile({ suggestedName: `${stem}.md`, mime: 'text/markdown', bytes: new TextEncoder().encode(reportMarkdown(report)) });
  if (format === 'html') return host.exportFile({ suggestedName: `${stem}.html`, mime: 'text/html', bytes: new TextEncoder().encode(reportHtml(report)) });
  if (host.printReportPdf) {
    const c = report.cover;
    return host.printReportPdf({ suggestedName: `${stem}.pdf`, paper, title: c.title, study: c.study, generatedAt: c.generatedAt });
  }
  printPreview(paper);
  return { ok: true, value: { name: `${stem}.pdf` } };
}

/** Print the on-screen report with `@page` set to the chosen paper for this print only. */
function printPreview(paper: PaperSize): void {
  const style = document.createElement('style');
  style.textContent = `@page { size: ${paper === 'Letter' ? 'letter' : 'A4'}; margin: 16mm 14mm; }`;
  document.head.append(style);
  const title = document.title;
  try {
    window.print();
  } finally {
    style.remove();
    document.title = title;
  }
}
