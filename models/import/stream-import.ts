import type { StreamDecoder } from './byte-import';
import { ByteImport } from './byte-import';
import type { TextEncodingName } from './encoding';
import type { ImportOptions } from './format';
import type { ImportOutcome } from './import-session';

/** The reading half of a WHATWG ReadableStream reader, which is all an import needs. */
export interface ByteReader {
  read(): Promise<{ done: boolean; value?: Uint8Array }>;
  cancel(): Promise<void>;
}

/**
 * Import a byte stream (a File's stream in a worker): encoding and format from the first 64 KiB, then
 * chunk by chunk, reporting the fraction read at most every 100 ms. Stops reading as soon as the file is
 * known to be unreadable.
 */
export async function importByteStream(
  reader: ByteReader,
  size: number,
  options: ImportOptions,
  makeDecoder: (encoding: TextEncodingName) => StreamDecoder,
  formatName?: string,
  onProgress?: (fraction: number) => void,
  now: () => number = Date.now,
): Promise<ImportOutcome> {
  const session = new ByteImport(options, makeDecoder, formatName);
  let last = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (!value) continue;
    if (!session.push(value)) {
      await reader.cancel();
      break;
    }
    const t = now();
    if (onProgress && size > 0 && t - last > 100) {
      last = t;
      onProgress(Math.min(0.99, session.bytesRead / size));
    }
  }
  const outcome = session.end();
  onProgress?.(1);
  return outcome;
}
