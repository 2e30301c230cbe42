import * as Comlink from 'comlink';
import type { ImportOptions } from '../../../models/import/format';
import type { ImportOutcome } from '../../../models/import/import-session';
import { importByteStream } from '../../../models/import/stream-import';

/** The import preview's own worker: streams one file through the importer with the user's choices, off the UI thread. */
const importer = {
  async importStream(stream: ReadableStream<Uint8Array>, size: number, options: ImportOptions, format: string | undefined, onProgress: (fraction: number) => void): Promise<ImportOutcome> {
    const outcome = await importByteStream(stream.getReader(), size, options, (encoding) => new TextDecoder(encoding), format, onProgress, () => performance.now());
    if (!outcome.ok) return outcome;
    const buffers = outcome.result.series.flatMap((s) => [s.t.buffer, s.v.buffer]) as ArrayBuffer[];
    return Comlink.transfer(outcome, buffers);
  },
};

export type Importer = typeof importer;

Comlink.expose(importer);
