import type { ReportModel } from '../../models/report/report-model';
import { pageTemplates } from '../../models/report/page-templates';
import { serveStatic } from './static-server';

export interface PdfRequest {
  report: ReportModel;
  /** The built renderer (dist/web): the PDF is the app's own print layout, not a second template. */
  webDir: string;
  paper: 'A4' | 'Letter';
}

/**
 * Print the report to PDF the way the app shows it: serve dist/web on loopback, open `?print=1` in Chromium with
 * the report handed over before the page's scripts run, wait until the layout says it is ready, then print.
 */
export async function renderReportPdf(request: PdfRequest): Promise<Uint8Array> {
  // Loaded only for a PDF: Playwright is large and must not slow down (or, bundled, break) every other command.
  const { chromium } = await import('@playwright/test');
  const { chromiumArgs, chromiumExecutable } = await import('../../e2e/chromium');
  const server = await serveStatic(request.webDir);
  const browser = await chromium.launch({ executablePath: chromiumExecutable(), args: chromiumArgs });
  try {
    const page = await browser.newPage();
    // The app makes no network request: anything but the loopback server is refused, not fetched.
    await page.route(/^(?!http:\/\/127\.0\.0\.1:)/, (route) => route.abort());
    // Plain JSON evaluated as a script before the page's own: the page reads it in ?print=1 mode.
    await page.addInitScript({ content: `window.__headroomReport = ${JSON.stringify(request.report)};` });
    await page.emulateMedia({ media: 'print', colorScheme: 'light' });
    await page.goto(`${server.url}index.html?print=1`);
    await page.waitForSelector('html[data-report-ready]', { timeout: 30_000 });
    const ready = await page.getAttribute('html', 'data-report-ready');
    if (ready !== 'true') throw new Error('the print page did not receive the report');
    const pdf = await page.pdf({
      format: request.paper,
      printBackground: true,
      displayHeaderFooter: true,
      ...pageTemplates(request.report.cover),
      margin: { top: '18mm', bottom: '16mm', left: '14mm', right: '14mm' },
    });
    return new Uint8Array(pdf);
  } finally {
    await browser.close();
    await server.close();
  }
}
