import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { StringDecoder } from 'node:string_decoder';
import type { ImportResult } from '../../shared/import-report';
import { ImportSession } from '../../models/import/import-session';

export type FileImport = { ok: true; result: ImportResult } | { ok: false; reason: string };

/** Stream a file from disk through the importer in 1 MiB chunks: the file is never one string in memory. */
export async function importFile(path: string, zone: string, formatName?: string): Promise<FileImport> {
  try {
    const info = await stat(path);
    if (info.isDirectory()) return { ok: false, reason: 'is a folder, not a file' };
  } catch (err) {
    return { ok: false, reason: describeFsError(err) };
  }
  const decoder = new StringDecoder('utf8');
  const session = new ImportSession({ fileName: path, zone }, formatName);
  try {
    for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 })) {
      if (!session.push(decoder.write(chunk as Buffer))) break;
    }
  } catch (err) {
    return { ok: false, reason: describeFsError(err) };
  }
  session.push(decoder.end());
  const outcome = session.end();
  return outcome.ok ? { ok: true, result: outcome.result } : outcome;
}

export function describeFsError(err: unknown): string {
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a folder, not a file';
    case 'ENOSPC':
      return 'the disk is full';
    case 'EROFS':
      return 'the folder is read-only';
    default:
      return err instanceof Error ? err.message : String(err);
  }
}
