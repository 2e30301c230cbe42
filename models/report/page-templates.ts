import { formatDate } from './format';
import { escapeXml } from './svg-node';

/** What the running header and footer print: the report's title and study, its date, and the page numbers. */
export interface PageLabels {
  title: string;
  study: string;
  generatedAt: number;
}

/**
 * Chromium's print-to-PDF header and footer templates (Playwright's page.pdf and Electron's printToPDF take the
 * same ones). Chromium fills `pageNumber` and `totalPages`; its default text size is 0, so every size is set.
 * The title and study come from the user: escaped, as the templates are HTML.
 */
export function pageTemplates(labels: PageLabels): { headerTemplate: string; footerTemplate: string } {
  const style = 'font-family: Helvetica, Arial, sans-serif; font-size: 8px; color: #5b6270; width: 100%; padding: 0 14mm; display: flex; justify-content: space-between;';
  return {
    headerTemplate: `<div style="${style}"><span>${escapeXml(labels.title)}</span><span>${escapeXml(labels.study)}</span></div>`,
    footerTemplate: `<div style="${style}"><span>Headroom · ${formatDate(labels.generatedAt)}</span><span>Page <span class="pageNumber"></span> of <span class="totalPages"></span></span></div>`,
  };
}
