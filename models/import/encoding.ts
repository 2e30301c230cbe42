/**
 * What a file's first bytes say about how to decode it: a BOM, UTF-16 without one (every other byte NUL),
 * valid UTF-8, or else a single-byte Western encoding (Windows-1252, a superset of Latin-1, as Excel writes).
 * A file full of control bytes is binary and is refused, whatever its name.
 */
export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export type EncodingVerdict = { ok: true; encoding: TextEncodingName; note: string | null } | { ok: false; reason: string };

const MAGIC: { bytes: number[]; what: string }[] = [
  { bytes: [0x50, 0x4b, 0x03, 0x04], what: 'a zip archive (an .xlsx workbook or a .headroom study?): export it as CSV first' },
  { bytes: [0x1f, 0x8b], what: 'gzip-compressed: decompress it first' },
  { bytes: [0x25, 0x50, 0x44, 0x46], what: 'a PDF document' },
  { bytes: [0x89, 0x50, 0x4e, 0x47], what: 'a PNG image' },
  { bytes: [0xff, 0xd8, 0xff], what: 'a JPEG image' },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0], what: 'a legacy Office document (.xls): export it as CSV first' },
  { bytes: [0x53, 0x51, 0x4c, 0x69, 0x74, 0x65], what: 'an SQLite database' },
  { bytes: [0x7f, 0x45, 0x4c, 0x46], what: 'an executable' },
];

/** Length of the valid UTF-8 sequence at `i`, 0 when invalid, -1 when cut off by the end of the sample. */
function utf8SequenceLength(b: Uint8Array, i: number): number {
  const c = b[i]!;
  const need = c >= 0xc2 && c <= 0xdf ? 2 : c >= 0xe0 && c <= 0xef ? 3 : c >= 0xf0 && c <= 0xf4 ? 4 : 0;
  if (need === 0) return 0;
  for (let k = 1; k < need; k++) {
    if (i + k >= b.length) return -1;
    if ((b[i + k]! & 0xc0) !== 0x80) return 0;
  }
  return need;
}

export function detectEncoding(head: Uint8Array): EncodingVerdict {
  if (head.length === 0) return { ok: true, encoding: 'utf-8', note: null };
  for (const m of MAGIC) if (m.bytes.every((x, i) => head[i] === x)) return { ok: false, reason: `is ${m.what}` };
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return { ok: true, encoding: 'utf-8', note: null };
  if (head[0] === 0xff && head[1] === 0xfe) return { ok: true, encoding: 'utf-16le', note: 'decoded as UTF-16 (little-endian, byte-order mark)' };
  if (head[0] === 0xfe && head[1] === 0xff) return { ok: true, encoding: 'utf-16be', note: 'decoded as UTF-16 (big-endian, byte-order mark)' };
  const n = Math.min(head.length, 4096) & ~1;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (head[i] === 0) evenNul++;
    if (head[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  if (pairs >= 2 && oddNul > pairs * 0.6 && evenNul < pairs * 0.1) return { ok: true, encoding: 'utf-16le', note: 'decoded as UTF-16 (little-endian, no byte-order mark)' };
  if (pairs >= 2 && evenNul > pairs * 0.6 && oddNul < pairs * 0.1) return { ok: true, encoding: 'utf-16be', note: 'decoded as UTF-16 (big-endian, no byte-order mark)' };
  let control = 0;
  let invalid = 0;
  let multibyte = 0;
  for (let i = 0; i < head.length; i++) {
    const c = head[i]!;
    if (c < 0x80) {
      if (c < 9 || (c > 13 && c < 32 && c !== 27)) control++;
      continue;
    }
    const len = utf8SequenceLength(head, i);
    if (len < 0) break;
    if (len === 0) invalid++;
    else {
      multibyte++;
      i += len - 1;
    }
  }
  if (control > Math.max(2, head.length * 0.01)) return { ok: false, reason: 'is binary data, not text (control bytes throughout)' };
  if (invalid === 0) return { ok: true, encoding: 'utf-8', note: null };
  return {
    ok: true,
    encoding: 'windows-1252',
    note: `not valid UTF-8 (${invalid} bad byte sequence${invalid === 1 ? '' : 's'} in the first ${head.length} bytes${multibyte ? `, ${multibyte} valid` : ''}): decoded as Windows-1252 (Latin-1)`,
  };
}
