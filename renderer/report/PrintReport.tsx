import { useEffect } from 'react';
import { ReportDocument } from './ReportDocument';
import { handedReport } from './print-mode';

/**
 * The whole page in print mode: the report and nothing else. Marks itself ready once fonts have loaded, so the
 * headless exporter prints complete pages (charts are plain SVG: drawn on the first render, nothing to wait for).
 */
export function PrintReport() {
  const report = handedReport();
  useEffect(() => {
    document.title = report?.cover.title ?? 'Headroom report';
    void document.fonts.ready.then(() => {
      document.documentElement.dataset['reportReady'] = report ? 'true' : 'missing';
    });
  }, [report]);
  if (!report) return <p role="alert">No report was handed to this page.</p>;
  return <ReportDocument report={report} />;
}
