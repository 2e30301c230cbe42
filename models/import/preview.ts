import type { ImportResult } from '../../shared/import-report';
import { detectLayout } from './csv-layout';
import type { ImportOptions } from './format';
import { probeCsv } from './generic-csv';
import { ImportSession } from './import-session';
import { importFormats } from './registry';

export type ColumnRole = 'time' | 'value' | 'key' | 'ignore';

/** One column of a delimited file as the preview shows it: its header, what it was taken for, its unit. */
export interface PreviewColumn {
  index: number;
  name: string;
  role: ColumnRole;
  unit: string;
}

/** What the import preview screen shows before anything touches the study. */
export interface ImportPreview {
  /** Every format and its verdict on this file, so the user sees why one was chosen and may pick another. */
  candidates: { name: string; label: string; ok: boolean; confidence: number; reason: string }[];
  /** The format that will read the file: the user's choice, else the most confident sniff; null when none fits. */
  format: string | null;
  /** For delimited text: the delimiter, the columns as mapped, and the first rows as written. */
  table: { delimiter: string; columns: PreviewColumn[]; rows: string[][] } | null;
  /** The import of the first 64 KiB: the series it creates (names, units, points so far), notes and rejects. */
  sample: ImportResult | null;
  /** The sample is the whole file (else counts are of the head only). */
  whole: boolean;
  failure: string | null;
}

const PREVIEW_ROWS = 12;

/**
 * Preview the import of a file from its first 64 KiB of text, with the user's choices in `options`
 * (format, zone, column roles, units). Pure and quick (a few ms), so the screen can redo it on every change.
 */
export function previewImport(head: string, whole: boolean, options: ImportOptions, formatName?: string): ImportPreview {
  const candidates = importFormats.map((f) => {
    const v = f.sniff(head);
    return { name: f.name, label: f.label, ok: v.ok, confidence: v.ok ? v.confidence : 0, reason: v.ok ? '' : v.reason };
  });
  const best = candidates.filter((c) => c.ok).sort((a, b) => b.confidence - a.confidence)[0];
  const format = formatName ?? best?.name ?? null;
  const chosen = importFormats.find((f) => f.name === format);
  // Cut the head at its last line end, so the sample holds no half row to reject.
  const text = whole ? head : head.slice(0, Math.max(head.lastIndexOf('\n') + 1, 0));
  let table: ImportPreview['table'] = null;
  if (chosen && chosen.kind === 'metrics' && (format === 'csv' || format === 'grafana-csv')) table = csvTable(text, whole, options);
  else if (!text.trimStart().startsWith('{') && !text.trimStart().startsWith('[')) table = csvTable(text, whole, options);
  if (!chosen) return { candidates, format, table, sample: null, whole, failure: format ? `unknown format "${format}"` : 'no known format matches this file' };
  const session = new ImportSession(options, format ?? undefined);
  session.push(text);
  const outcome = session.end();
  return { candidates, format, table, sample: outcome.ok ? outcome.result : null, whole, failure: outcome.ok ? null : outcome.reason };
}

function csvTable(text: string, whole: boolean, options: ImportOptions): ImportPreview['table'] {
  const { dialect, rows } = probeCsv(text, whole);
  if (rows.length === 0) return null;
  const layout = detectLayout(rows, dialect.delimiter, options.zone, dialect.sepLine ? 1 : null, options.csv);
  const width = Math.max(...rows.map((r) => r.cells.length));
  const header = typeof layout === 'string' ? null : layout.header;
  const columns: PreviewColumn[] = Array.from({ length: width }, (_, index) => {
    const name = header?.[index] ?? `column ${index + 1}`;
    if (typeof layout === 'string') return { index, name, role: 'ignore', unit: '' };
    const value = layout.valueCols.find((v) => v.index === index);
    const role: ColumnRole = index === layout.timeCol ? 'time' : value ? 'value' : layout.keyCols.includes(index) ? 'key' : 'ignore';
    return { index, name, role, unit: value?.unit ?? '' };
  });
  return { delimiter: dialect.delimiter, columns, rows: rows.slice(0, PREVIEW_ROWS).map((r) => r.cells) };
}
