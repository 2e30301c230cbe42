import { useEffect, useState } from 'react';
import { defaultReportOptions } from '../../../models/report/build-report';
import type { ReportModel } from '../../../models/report/report-model';
import type { Workspace } from '../../../shared/workspace';
import { JobCanceled, runJob } from '../../store/jobs';
import { engine } from '../../workers/engine';

/**
 * The full report (every section) for the study, built in the engine worker whenever the study changes; title,
 * author and section choice are applied on top without running the models again.
 */
export function useReport(workspace: Workspace | null): { report: ReportModel | null; error: string | null; busy: boolean } {
  const [report, setReport] = useState<ReportModel | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    if (!workspace) return;
    let live = true;
    setBusy(true);
    runJob('Building the report', async () => await engine().report(workspace, defaultReportOptions(workspace.name, Date.now())))
      .then((r) => {
        if (!live) return;
        setReport(r);
        setError(null);
      })
      .catch((err: unknown) => {
        if (!live) return;
        setError(err instanceof JobCanceled ? 'canceled; open another view and come back to build it again' : err instanceof Error ? err.message : String(err));
      })
      .finally(() => live && setBusy(false));
    return () => {
      live = false;
    };
  }, [workspace]);
  return { report, error, busy };
}
