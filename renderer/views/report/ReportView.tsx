import { useMemo, useState } from 'react';
import { flushSync } from 'react-dom';
import type { ReportModel } from '../../../models/report/report-model';
import { defaultReportOptions, withOptions } from '../../../models/report/build-report';
import { ReportDocument } from '../../report/ReportDocument';
import { useDocument } from '../../store/document';
import { JobCanceled } from '../../store/jobs';
import { useUi } from '../../store/ui';
import { ExportDialog } from './ExportDialog';
import { exportReport } from './export-report';
import { redactedReport } from './redacted-report';
import { loadChoice, saveChoice, type ReportChoice } from './report-choice';
import { useReportDialog } from './report-dialog';
import { useReport } from './useReport';
import './report-view.css';

/** The lead's report: a live preview of exactly what will be exported, and the export dialog. */
export function ReportView() {
  const workspace = useDocument((s) => s.workspace);
  const { report: full, error, busy } = useReport(workspace);
  const [choice, setChoice] = useState<ReportChoice>(loadChoice);
  const dialogOpen = useReportDialog((s) => s.open);
  const setDialogOpen = useReportDialog((s) => s.setOpen);
  const [exporting, setExporting] = useState(false);
  // A redacted PDF prints this copy in place of the preview, which itself never shows the redacted text.
  const [printCopy, setPrintCopy] = useState<ReportModel | null>(null);
  const report = useMemo(() => (full ? withOptions(full, choice) : null), [full, choice]);
  const defaultTitle = workspace ? defaultReportOptions(workspace.name, 0).title : '';

  const change = (next: ReportChoice) => {
    setChoice(next);
    saveChoice(next);
  };
  const runExport = async () => {
    if (!report || !workspace) return;
    setDialogOpen(false);
    setExporting(true);
    try {
      const out = choice.redact ? await redactedReport(workspace, choice) : report;
      if (out !== report && choice.format === 'pdf') flushSync(() => setPrintCopy(out));
      const result = await exportReport(out, choice.format, choice.paper);
      if (!result.ok && !result.canceled) useUi.getState().notify({ tone: 'error', title: 'The report could not be exported', detail: result.reason });
      else if (result.ok && choice.format !== 'pdf') useUi.getState().notify({ tone: 'info', title: `Exported ${result.value.name}${choice.redact ? ' (redacted)' : ''}` });
    } catch (err) {
      if (!(err instanceof JobCanceled)) useUi.getState().notify({ tone: 'error', title: 'The redacted report could not be built', detail: err instanceof Error ? err.message : String(err) });
    } finally {
      setPrintCopy(null);
      setExporting(false);
    }
  };

  return (
    <section className={`view report-view${printCopy ? ' report-view--print-copy' : ''}`} aria-labelledby="report-heading">
      <header className="view-header">
        <h1 id="report-heading">Report</h1>
        <button type="button" onClick={() => setDialogOpen(true)} disabled={!report || exporting}>
          Export…
        </button>
      </header>
      {error && <p className="report-status" role="alert">The report could not be built: {error}</p>}
      {!report && !error && <p className="empty-hint report-status">{busy ? 'Building the report from the study’s models…' : 'Open a study to see its report.'}</p>}
      {report && (
        <>
          <p className="muted report-status">
            The preview is the export: {report.sections.length} of {full?.sections.length} sections{busy ? ' · updating…' : ''}.
          </p>
          <div className="report-preview">
            <div className="report-paper">
              <ReportDocument report={report} />
            </div>
          </div>
        </>
      )}
      {printCopy && (
        <div className="report-print-copy" aria-hidden="true">
          <div className="report-paper">
            <ReportDocument report={printCopy} />
          </div>
        </div>
      )}
      {dialogOpen && <ExportDialog choice={choice} defaultTitle={defaultTitle} onChange={change} onExport={() => void runExport()} onClose={() => setDialogOpen(false)} busy={exporting || !report} />}
    </section>
  );
}
