import type { ImportResult } from '../../shared/import-report';
import { SNIFF_BYTES, type FormatParser, type ImportOptions } from './format';
import { startImport } from './start-import';

export type ImportOutcome = { ok: true; format: string; result: ImportResult } | { ok: false; reason: string };

/**
 * One file's import, fed text chunks as they are decoded (by Node's stream in the CLI, by a Web Worker in the app):
 * holds back the first 64 KiB to choose the format by content, then streams everything through its parser.
 */
export class ImportSession {
  private head = '';
  private parser: FormatParser | null = null;
  private failure: string | null = null;
  private format = '';

  constructor(
    private readonly options: ImportOptions,
    private readonly formatName?: string,
  ) {}

  /** Returns false once the file is known to be unreadable; further chunks are ignored. */
  push(text: string): boolean {
    if (this.failure) return false;
    if (this.parser) {
      this.parser.push(text);
      return true;
    }
    this.head += text;
    if (this.head.length >= SNIFF_BYTES) this.begin();
    return this.failure === null;
  }

  end(): ImportOutcome {
    if (!this.parser && !this.failure) {
      if (this.head.trim() === '') return { ok: false, reason: 'the file is empty' };
      this.begin();
    }
    if (this.failure || !this.parser) return { ok: false, reason: this.failure ?? 'no format matched' };
    return { ok: true, format: this.format, result: this.parser.end() };
  }

  private begin(): void {
    const started = startImport(this.head, this.options, this.formatName);
    if (!started.ok) {
      this.failure = started.message;
      return;
    }
    this.format = started.format.name;
    this.parser = started.parser;
    this.parser.push(this.head);
    this.head = '';
  }
}
