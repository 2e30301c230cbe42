/**
 * The lead's report as plain data: sections of blocks that three renderers draw the same way — the print layout
 * (renderer/report, which the app previews and Chromium turns into a PDF), Markdown and HTML (./markdown.ts,
 * ./html.ts). Plain JSON on purpose: the CLI builds it under Node and hands it to the headless page unchanged.
 */

/** The report's sections in reading order; the export dialog picks among them. */
export const REPORT_SECTIONS = ['summary', 'forecast', 'capacity', 'slo', 'incidents', 'postmortems', 'appendix'] as const;
export type ReportSectionId = (typeof REPORT_SECTIONS)[number];

export const SECTION_TITLES: Record<ReportSectionId, string> = {
  summary: 'Executive summary',
  forecast: 'Traffic forecast',
  capacity: 'Capacity plan',
  slo: 'SLOs and error budgets',
  incidents: 'Incidents',
  postmortems: 'Postmortems',
  appendix: 'Appendix: data sources and model diagnostics',
};

export type PaperSize = 'A4' | 'Letter';

/** What the export dialog (or `headroom report`) asks for. */
export interface ReportOptions {
  title: string;
  author: string;
  sections: ReportSectionId[];
  /** When the report was made (UTC ms): the cover's date. */
  generatedAt: number;
}

export type Tone = 'good' | 'warn' | 'bad' | 'neutral';

/** A headline figure: a label, its value in words and numbers, and where it comes from. */
export interface Fact {
  label: string;
  value: string;
  tone?: Tone;
  /** The model and inputs behind the figure (what "every number can say why" prints). */
  source?: string;
}

export interface TableColumn {
  label: string;
  align?: 'left' | 'right';
  /** Dates and times: kept on one line. */
  nowrap?: boolean;
}

export type Block =
  | { kind: 'paragraph'; text: string }
  | { kind: 'subheading'; text: string }
  | { kind: 'facts'; facts: Fact[] }
  | { kind: 'list'; items: string[]; ordered?: boolean }
  | { kind: 'table'; caption: string; columns: TableColumn[]; rows: string[][] }
  | { kind: 'chart'; chart: ReportChart }
  /** A named item with its evidence, e.g. a recommendation. */
  | { kind: 'item'; title: string; badge?: string; tone?: Tone; lines: { label: string; text: string }[] }
  /** A section (or part) whose model has not landed or has no data: said plainly, never an empty chart. */
  | { kind: 'missing'; text: string };

export interface ReportSection {
  id: ReportSectionId;
  title: string;
  /** False when the section only says what is missing: it then does not claim a page of its own. */
  hasContent: boolean;
  blocks: Block[];
}

export interface ReportCover {
  title: string;
  study: string;
  author: string;
  generatedAt: number;
  /** The span the study's data covers (UTC ms), null without data. */
  period: { start: number; end: number } | null;
}

export interface ReportModel {
  model: 'headroom-report';
  cover: ReportCover;
  sections: ReportSection[];
}

/** Series tones the renderers map to fixed, print-safe colours. */
export type ChartTone = 'primary' | 'forecast' | 'scenario' | 'muted' | 'bad' | 'good';

/** A chart as data: already downsampled (a few hundred points per line), finite numbers only. */
export interface ReportChart {
  id: string;
  title: string;
  /** What the chart shows, in a sentence: its accessible name and its caption. */
  description: string;
  unit: string;
  yFormat: 'number' | 'percent';
  x: { start: number; end: number };
  lines: { name: string; tone: ChartTone; t: number[]; v: number[]; dashed?: boolean }[];
  bands: { name: string; tone: ChartTone; t: number[]; lo: number[]; hi: number[] }[];
  /** Shaded stretches of time: past sales, incidents, the coming sale. */
  spans: { start: number; end: number; label: string; tone: 'event' | 'incident' }[];
  /** Horizontal reference lines: a capacity, an objective. */
  thresholds: { v: number; label: string; tone: ChartTone }[];
  /** Single estimates with their range, e.g. the sale's expected peak and its band. */
  markers?: { t: number; v: number; lo: number; hi: number; label: string; tone: ChartTone }[];
  /** Moments, drawn as labelled vertical lines: an incident's milestones. */
  moments?: { t: number; label: string }[];
}
