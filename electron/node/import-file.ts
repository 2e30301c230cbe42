import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { StringDecoder } from 'node:string_decoder';
import type { ImportResult } from '../../shared/import-report';
import { SNIFF_BYTES } from '../../models/import/format';
import { startImport } from '../../models/import/start-import';

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
  let parser: ReturnType<typeof startImport> | null = null;
  let head = '';
  try {
    for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 })) {
      const text = decoder.write(chunk as Buffer);
      if (parser) {
        if (parser.ok) parser.parser.push(text);
        continue;
      }
      head += text;
      if (head.length >= SNIFF_BYTES) {
        parser = startImport(head, { fileName: path, zone }, formatName);
        if (!parser.ok) return { ok: false, reason: parser.message };
        parser.parser.push(head);
      }
    }
  } catch (err) {
    return { ok: false, reason: describeFsError(err) };
  }
  const tail = decoder.end();
  if (!parser) {
    head += tail;
    if (head.trim() === '') return { ok: false, reason: 'the file is empty' };
    parser = startImport(head, { fileName: path, zone }, formatName);
    if (!parser.ok) return { ok: false, reason: parser.message };
    parser.parser.push(head);
  } else if (parser.ok && tail) parser.parser.push(tail);
  if (!parser.ok) return { ok: false, reason: 'no format matched' };
  return { ok: true, result: parser.parser.end() };
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
