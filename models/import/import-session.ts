import type { ImportResult, UnknownFormat } from '../../shared/import-report';
import { headReady, SNIFF_BYTES, sniffHead, type FormatParser, type ImportOptions } from './format';
import { startImport } from './start-import';

export type ImportOutcome = { ok: true; format: string; result: ImportResult } | ({ ok: false; reason: string } & Partial<UnknownFormat>);

/**
 * One file's import, fed text chunks as they are decoded (by Node's stream in the CLI, by a Web Worker in the app):
 * holds back the first 64 KiB to choose the format by content, then streams everything through its parser.
 * Cancelling is dropping the session: nothing is written anywhere until `end()` returns the result.
 * (ByteImport wraps this for hosts that also want the encoding detected from the raw bytes.)
 */
export class ImportSession {
  private head: string[] = [];
  private headLength = 0;
  private parser: FormatParser | null = null;
  private failure: ({ ok: false; reason: string } & Partial<UnknownFormat>) | null = null;
  private format = '';

  constructor(
    private readonly options: ImportOptions,
    private readonly formatName?: string,
  ) {}

  /** The format chosen so far ('' until the first 64 KiB have been seen). */
  get formatChosen(): string {
    return this.format;
  }

  /** Returns false once the file is known to be unreadable; further chunks are ignored. */
  push(text: string): boolean {
    if (this.failure) return false;
    if (this.parser) {
      if (text) this.parser.push(text);
      return true;
    }
    this.head.push(text);
    this.headLength += text.length;
    if (this.headLength >= SNIFF_BYTES && headReady(this.head.join(''))) this.begin();
    return this.failure === null;
  }

  end(): ImportOutcome {
    if (!this.parser && !this.failure) {
      const text = this.head.join('');
      if (text.trim() === '') return { ok: false, reason: text === '' ? 'the file is empty' : 'the file holds only blank space' };
      this.begin();
    }
    if (this.failure || !this.parser) return this.failure ?? { ok: false, reason: 'no format matched' };
    const result = this.parser.end();
    const units = this.options.units;
    if (units) for (const s of result.series) if (units[s.name] !== undefined) s.unit = units[s.name]!;
    return { ok: true, format: this.format, result };
  }

  private begin(): void {
    const text = this.head.join('');
    this.head = [];
    const head = sniffHead(text);
    if (head.slice(0, SNIFF_BYTES).split('\0').length > 8) {
      this.failure = { ok: false, reason: 'is binary data (or UTF-16 read as UTF-8), not text' };
      return;
    }
    const started = startImport(head, this.options, this.formatName);
    if (!started.ok) {
      this.failure = { ok: false, reason: started.message, tried: started.tried };
      return;
    }
    this.format = started.format.name;
    this.parser = started.parser;
    this.parser.push(text);
  }
}
