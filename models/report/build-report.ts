import type { Workspace } from '../../shared/workspace';
import { gatherReportInputs } from './gather-inputs';
import type { ReportInputs } from './report-inputs';
import { REPORT_SECTIONS, SECTION_TITLES, type ReportModel, type ReportOptions, type ReportSection, type ReportSectionId } from './report-model';
import { appendixSection } from './sections/appendix';
import { capacitySection } from './sections/capacity';
import { forecastSection } from './sections/forecast';
import { incidentsSection } from './sections/incidents';
import { postmortemsSection } from './sections/postmortems';
import { sloSection } from './sections/slo';
import { summarySection } from './sections/summary';

const BUILDERS: Record<ReportSectionId, (inputs: ReportInputs) => ReportSection> = {
  summary: summarySection,
  forecast: forecastSection,
  capacity: capacitySection,
  slo: sloSection,
  incidents: incidentsSection,
  postmortems: postmortemsSection,
  appendix: appendixSection,
};

export function defaultReportOptions(workspaceName: string, generatedAt: number): ReportOptions {
  return { title: `Flash-sale readiness: ${workspaceName}`, author: '', sections: [...REPORT_SECTIONS], generatedAt };
}

/** The study's span: from the first to the last sample or event. */
function studyPeriod(inputs: ReportInputs): { start: number; end: number } | null {
  let start = Infinity;
  let end = -Infinity;
  for (const s of inputs.workspace.series) {
    if (s.t.length === 0) continue;
    start = Math.min(start, s.t[0]!);
    end = Math.max(end, s.t[s.t.length - 1]!);
  }
  for (const e of inputs.workspace.events) {
    start = Math.min(start, e.t);
    end = Math.max(end, e.t);
  }
  return Number.isFinite(start) ? { start, end } : null;
}

/** The report as data, in the chosen sections' reading order, ready for the print layout, Markdown or HTML. */
export function buildReport(inputs: ReportInputs, options: ReportOptions): ReportModel {
  const chosen = REPORT_SECTIONS.filter((id) => options.sections.includes(id));
  return {
    model: 'headroom-report',
    cover: {
      title: options.title.trim() || `Flash-sale readiness: ${inputs.workspace.name}`,
      study: inputs.workspace.name,
      author: options.author.trim(),
      generatedAt: options.generatedAt,
      period: studyPeriod(inputs),
    },
    sections: chosen.map((id) => {
      const section = BUILDERS[id](inputs);
      return { ...section, title: SECTION_TITLES[id] };
    }),
  };
}

/** Gather every model's result on the study and build the report: the one call the worker and the CLI make. */
export function reportForWorkspace(ws: Workspace, options: ReportOptions, clock?: () => number): ReportModel {
  return buildReport(gatherReportInputs(ws, clock), options);
}

/**
 * Apply a new title, author and choice of sections to a report built with every section: the export dialog's
 * changes show at once, without running the models again.
 */
export function withOptions(full: ReportModel, options: Pick<ReportOptions, 'title' | 'author' | 'sections'>): ReportModel {
  return {
    ...full,
    cover: { ...full.cover, title: options.title.trim() || `Flash-sale readiness: ${full.cover.study}`, author: options.author.trim() },
    sections: full.sections.filter((s) => options.sections.includes(s.id)),
  };
}
