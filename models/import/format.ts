import type { ImportKind, ImportResult } from '../../shared/import-report';

/** Choices the user (or the CLI's flags) made about how to read a file. */
export interface ImportOptions {
  fileName: string;
  /** IANA zone for timestamps written without an offset; 'UTC' when the user chose nothing. */
  zone: string;
  /** The user's corrections to the column mapping the CSV formats detected (the import preview's choices). */
  csv?: CsvOverrides;
  /** Units the user set, by series name; they replace what the header, label or metric name suggested. */
  units?: Record<string, string>;
}

/** What each CSV column is, as the user corrected it; a column left out keeps its detected role. */
export interface CsvOverrides {
  timeCol?: number;
  roles?: Record<number, 'value' | 'key' | 'ignore'>;
}

/** A format's verdict on a file's first bytes. */
export type Sniff = { ok: true; confidence: number } | { ok: false; reason: string };

/** Reads a file pushed to it in text chunks; synchronous so a worker, the CLI and tests drive it alike. */
export interface FormatParser {
  push(chunk: string): void;
  end(): ImportResult;
}

/** One file format Headroom reads, recognised by content (`sniff` sees the first 64 KiB, more for very long lines), never by file name. */
export interface ImportFormat {
  name: string;
  label: string;
  kind: ImportKind;
  sniff(head: string): Sniff;
  open(options: ImportOptions): FormatParser;
}

export const SNIFF_BYTES = 64 * 1024;
/** The sniff head may grow past 64 KiB until it holds a few whole lines (a 10,000-column header), up to this. */
export const MAX_SNIFF_CHARS = 4 * 1024 * 1024;
const SNIFF_LINES = 3;

function lineEndAfter(text: string, lines: number): number {
  let at = -1;
  for (let k = 0; k < lines; k++) {
    at = text.indexOf('\n', at + 1);
    if (at < 0) return -1;
  }
  return at;
}

/** Is `text` (the start of a file) enough to sniff: 64 KiB holding three lines, or the 4 MiB cap? */
export function headReady(text: string): boolean {
  if (text.length >= MAX_SNIFF_CHARS) return true;
  return text.length >= SNIFF_BYTES && lineEndAfter(text, SNIFF_LINES) >= 0;
}

/** The head a format sniffs: the first 64 KiB, stretched to the end of the third line when lines are that long. */
export function sniffHead(text: string): string {
  if (text.length <= SNIFF_BYTES) return text;
  const end = lineEndAfter(text, SNIFF_LINES);
  return text.slice(0, Math.min(MAX_SNIFF_CHARS, Math.max(SNIFF_BYTES, end + 1)));
}
