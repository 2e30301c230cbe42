import { defaultReportOptions, withOptions } from '../../../models/report/build-report';
import type { ReportModel } from '../../../models/report/report-model';
import { parseNameList } from '../../../models/redact/name-list';
import { redactWorkspace } from '../../../models/redact/redact-workspace';
import type { Workspace } from '../../../shared/workspace';
import { runJob } from '../../store/jobs';
import { engine } from '../../workers/engine';
import type { ReportChoice } from './report-choice';

/**
 * The report as it leaves the team: the study is redacted first (one placeholder per person, e-mail or IP across
 * the whole document), then the models run on the copy in the worker, so no figure depends on the redaction and no
 * produced HTML is ever rewritten. The preview keeps the unredacted report.
 */
export async function redactedReport(workspace: Workspace, choice: ReportChoice): Promise<ReportModel> {
  const { workspace: copy } = redactWorkspace(workspace, { names: parseNameList(choice.redactNames) });
  const full = await runJob('Redacting the report', async () => await engine().report(copy, defaultReportOptions(copy.name, Date.now())));
  return withOptions(full, choice);
}
