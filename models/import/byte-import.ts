import { detectEncoding, type TextEncodingName } from './encoding';
import { SNIFF_BYTES, type ImportOptions } from './format';
import { ImportSession, type ImportOutcome } from './import-session';

/** The part of the platform's TextDecoder we use; the host passes its own, as models/ sees no DOM or Node. */
export interface StreamDecoder {
  decode(bytes?: Uint8Array, options?: { stream?: boolean }): string;
}

/**
 * One file's import from raw bytes, as a host reads them (a Node stream, a File in a worker): the first
 * 64 KiB decide the encoding (UTF-8, UTF-16 with or without BOM, Windows-1252) or refuse a binary file,
 * then every chunk is decoded and handed to an ImportSession as it arrives. Progress is `bytesRead`
 * against the file's size; cancelling is dropping the object.
 */
export class ByteImport {
  bytesRead = 0;
  private head: Uint8Array[] = [];
  private headLength = 0;
  private decoder: StreamDecoder | null = null;
  private readonly session: ImportSession;
  private failure: { ok: false; reason: string } | null = null;
  private encodingNote: string | null = null;

  constructor(
    options: ImportOptions,
    private readonly makeDecoder: (encoding: TextEncodingName) => StreamDecoder,
    formatName?: string,
  ) {
    this.session = new ImportSession(options, formatName);
  }

  /** Feed the next bytes; returns false once the file is known to be unreadable. */
  push(bytes: Uint8Array): boolean {
    if (this.failure) return false;
    this.bytesRead += bytes.length;
    if (this.decoder) return this.session.push(this.decoder.decode(bytes, { stream: true }));
    this.head.push(bytes);
    this.headLength += bytes.length;
    return this.headLength >= SNIFF_BYTES ? this.begin() : true;
  }

  end(): ImportOutcome {
    if (!this.decoder && !this.failure) {
      if (this.headLength === 0) return { ok: false, reason: 'the file is empty' };
      this.begin();
    }
    if (this.failure) return this.failure;
    this.session.push(this.decoder!.decode());
    const outcome = this.session.end();
    if (outcome.ok && this.encodingNote) outcome.result.notes.unshift(this.encodingNote);
    return outcome;
  }

  private begin(): boolean {
    const bytes = concat(this.head, this.headLength);
    this.head = [];
    const verdict = detectEncoding(bytes.subarray(0, SNIFF_BYTES));
    if (!verdict.ok) {
      this.failure = { ok: false, reason: verdict.reason };
      return false;
    }
    this.encodingNote = verdict.note;
    this.decoder = this.makeDecoder(verdict.encoding);
    return this.session.push(this.decoder.decode(bytes, { stream: true }));
  }
}

function concat(parts: Uint8Array[], length: number): Uint8Array {
  if (parts.length === 1) return parts[0]!;
  const out = new Uint8Array(length);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
