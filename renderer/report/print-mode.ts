import type { ReportModel } from '../../models/report/report-model';

declare global {
  interface Window {
    /** Set by `headroom report` (page.addInitScript) before the page loads: the report to print. */
    __headroomReport?: unknown;
  }
}

/** `?print=1`: the page shows only the report handed to it, for the headless PDF export. */
export const isPrintMode = (): boolean => new URLSearchParams(window.location.search).get('print') === '1';

/** The handed-over report, checked at the edge: a page must never render half a report without saying so. */
export function handedReport(): ReportModel | null {
  const r = window.__headroomReport;
  if (typeof r !== 'object' || r === null) return null;
  const m = r as Partial<ReportModel>;
  return m.model === 'headroom-report' && typeof m.cover === 'object' && Array.isArray(m.sections) ? (r as ReportModel) : null;
}
