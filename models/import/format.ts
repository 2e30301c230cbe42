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

/** One file format Headroom reads, recognised by content (`sniff` sees the first 64 KiB), never by file name. */
export interface ImportFormat {
  name: string;
  label: string;
  kind: ImportKind;
  sniff(head: string): Sniff;
  open(options: ImportOptions): FormatParser;
}

export const SNIFF_BYTES = 64 * 1024;
