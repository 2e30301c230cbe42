import type { ImportResult, UnknownFormat } from '../../shared/import-report';
import { sniffHead, type FormatParser, type ImportFormat, type ImportOptions } from './format';
import { detectFormat, formatByName, importFormats } from './registry';

export type StartedImport = { ok: true; format: ImportFormat; parser: FormatParser } | ({ ok: false; message: string } & UnknownFormat);

/**
 * Choose the format for a file from its first bytes (or the user's choice) and open its parser.
 * The caller pushes the head it sniffed and then every further chunk, and calls `end()`.
 */
export function startImport(head: string, options: ImportOptions, formatName?: string): StartedImport {
  if (formatName) {
    const format = formatByName(formatName);
    if (!format) {
      const known = importFormats.map((f) => f.name).join(', ');
      return { ok: false, message: `unknown format "${formatName}" (known: ${known})`, tried: [] };
    }
    return { ok: true, format, parser: format.open(options) };
  }
  const detected = detectFormat(head);
  if (!detected.ok) {
    const why = detected.tried.map((t) => `${t.format}: ${t.reason}`).join('; ');
    return { ok: false, message: `no known format matches (${why})`, tried: detected.tried };
  }
  return { ok: true, format: detected.format, parser: detected.format.open(options) };
}

/** Whole-text import, for tests and small files already in memory. */
export function importText(text: string, options: ImportOptions, formatName?: string): ImportResult | ({ ok: false; message: string } & UnknownFormat) {
  const started = startImport(sniffHead(text), options, formatName);
  if (!started.ok) return started;
  started.parser.push(text);
  return started.parser.end();
}
