import { useEffect, useRef } from 'react';
import { REPORT_SECTIONS, SECTION_TITLES, type ReportSectionId } from '../../../models/report/report-model';
import type { ReportChoice } from './report-choice';

interface Props {
  choice: ReportChoice;
  defaultTitle: string;
  onChange(choice: ReportChoice): void;
  onExport(): void;
  onClose(): void;
  busy: boolean;
}

/** Title, author, sections, paper and format for the export; every change shows in the preview behind it. */
export function ExportDialog({ choice, defaultTitle, onChange, onExport, onClose, busy }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);
  const toggle = (id: ReportSectionId) =>
    onChange({ ...choice, sections: choice.sections.includes(id) ? choice.sections.filter((s) => s !== id) : REPORT_SECTIONS.filter((s) => s === id || choice.sections.includes(s)) });
  return (
    <dialog ref={ref} className="dialog report-export" aria-labelledby="report-export-title" onClose={onClose}>
      <form
        method="dialog"
        onSubmit={(e) => {
          e.preventDefault();
          onExport();
        }}
      >
        <h2 id="report-export-title">Export the report</h2>
        <label>
          Title
          <input type="text" value={choice.title} placeholder={defaultTitle} onChange={(e) => onChange({ ...choice, title: e.target.value })} />
        </label>
        <label>
          Author
          <input type="text" value={choice.author} onChange={(e) => onChange({ ...choice, author: e.target.value })} />
        </label>
        <fieldset>
          <legend>Sections</legend>
          {REPORT_SECTIONS.map((id) => (
            <label key={id} className="report-check">
              <input type="checkbox" checked={choice.sections.includes(id)} onChange={() => toggle(id)} />
              {SECTION_TITLES[id]}
            </label>
          ))}
        </fieldset>
        <div className="report-export-row">
          <label>
            Format
            <select value={choice.format} onChange={(e) => onChange({ ...choice, format: e.target.value as ReportChoice['format'] })}>
              <option value="pdf">PDF</option>
              <option value="md">Markdown</option>
              <option value="html">HTML</option>
            </select>
          </label>
          <label>
            Paper
            <select value={choice.paper} disabled={choice.format !== 'pdf'} onChange={(e) => onChange({ ...choice, paper: e.target.value === 'Letter' ? 'Letter' : 'A4' })}>
              <option value="A4">A4</option>
              <option value="Letter">US Letter</option>
            </select>
          </label>
        </div>
        <fieldset>
          <legend>Privacy</legend>
          <label className="report-check">
            <input type="checkbox" checked={choice.redact} onChange={(e) => onChange({ ...choice, redact: e.target.checked })} />
            Redact names, e-mails and IPs
          </label>
          <label>
            Names to redact
            <input
              type="text"
              value={choice.redactNames}
              disabled={!choice.redact}
              placeholder="Dana Smith|dana, Lee"
              aria-describedby="report-redact-hint"
              onChange={(e) => onChange({ ...choice, redactNames: e.target.value })}
            />
          </label>
          <small id="report-redact-hint" className="muted">
            Commas part people, | parts spellings of one person. Responders, authors and owners the study names, @mentions, e-mails and IPs are hidden anyway. The preview stays unredacted.
          </small>
        </fieldset>
        <div className="report-export-actions">
          <button type="button" onClick={() => ref.current?.close()}>
            Cancel
          </button>
          <button type="submit" disabled={busy || choice.sections.length === 0}>
            Export
          </button>
        </div>
      </form>
    </dialog>
  );
}
