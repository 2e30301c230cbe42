import { detectEncoding } from '../../../models/import/encoding';
import { SNIFF_BYTES } from '../../../models/import/format';
import type { ImportSource } from '../../../shared/host-api';

export type Head = { ok: true; text: string; whole: boolean; encodingNote: string | null } | { ok: false; reason: string };

/** The first 64 KiB of a picked file, decoded as its bytes say (UTF-8, UTF-16, Windows-1252), for the preview. */
export async function readHead(source: ImportSource): Promise<Head> {
  const reader = source.stream().getReader();
  const parts: Uint8Array[] = [];
  let length = 0;
  let whole = false;
  try {
    while (length < SNIFF_BYTES) {
      const { done, value } = await reader.read();
      if (done) {
        whole = true;
        break;
      }
      parts.push(value);
      length += value.length;
    }
    if (!whole) await reader.cancel();
  } catch (err) {
    return { ok: false, reason: err instanceof Error ? err.message : String(err) };
  }
  const bytes = new Uint8Array(length);
  let at = 0;
  for (const p of parts) {
    bytes.set(p, at);
    at += p.length;
  }
  if (length === 0) return { ok: false, reason: 'the file is empty' };
  const verdict = detectEncoding(bytes.subarray(0, SNIFF_BYTES));
  if (!verdict.ok) return { ok: false, reason: verdict.reason };
  const text = new TextDecoder(verdict.encoding).decode(bytes.subarray(0, whole ? length : Math.min(length, SNIFF_BYTES)), { stream: !whole });
  return { ok: true, text, whole: whole && length <= SNIFF_BYTES, encodingNote: verdict.note };
}
