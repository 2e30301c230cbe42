import { REPORT_SECTIONS, type PaperSize, type ReportSectionId } from '../../../models/report/report-model';

/** What the export dialog remembers between sessions: the last title, author, sections, paper, format and redaction. */
export interface ReportChoice {
  title: string;
  author: string;
  sections: ReportSectionId[];
  paper: PaperSize;
  format: 'pdf' | 'md' | 'html';
  /** Hide names, e-mails and IPs in the exported file (the preview stays as the study is). */
  redact: boolean;
  /** People to hide besides those the study names itself, as typed: "Dana Smith|dana, Lee". */
  redactNames: string;
}

const KEY = 'headroom.report.choice.v1';

export const DEFAULT_CHOICE: ReportChoice = { title: '', author: '', sections: [...REPORT_SECTIONS], paper: 'A4', format: 'pdf', redact: false, redactNames: '' };

/** Read back the last choice, keeping only what is still valid (a section may have been renamed since). */
export function loadChoice(): ReportChoice {
  try {
    const raw: unknown = JSON.parse(localStorage.getItem(KEY) ?? 'null');
    if (typeof raw !== 'object' || raw === null) return DEFAULT_CHOICE;
    const r = raw as Partial<Record<keyof ReportChoice, unknown>>;
    return {
      title: typeof r.title === 'string' ? r.title : '',
      author: typeof r.author === 'string' ? r.author : '',
      sections: Array.isArray(r.sections) ? REPORT_SECTIONS.filter((id) => (r.sections as unknown[]).includes(id)) : DEFAULT_CHOICE.sections,
      paper: r.paper === 'Letter' ? 'Letter' : 'A4',
      format: r.format === 'md' || r.format === 'html' ? r.format : 'pdf',
      redact: r.redact === true,
      redactNames: typeof r.redactNames === 'string' ? r.redactNames : '',
    };
  } catch {
    return DEFAULT_CHOICE;
  }
}

export function saveChoice(choice: ReportChoice): void {
  try {
    localStorage.setItem(KEY, JSON.stringify(choice));
  } catch {
    // Storage full or disabled: the choice lasts this session only, which is harmless.
  }
}

/** A file name from the title: "Flash-sale readiness: Demo shop" → "flash-sale-readiness-demo-shop". */
export function fileStem(title: string): string {
  return (
    title
      .normalize('NFKD')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 80) || 'headroom-report'
  );
}
