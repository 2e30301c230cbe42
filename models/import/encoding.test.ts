import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ByteImport } from './byte-import';
import { detectEncoding } from './encoding';

const nab = readFileSync(new URL('../../../shared/fixtures/nab/realTraffic/speed_7578.csv', import.meta.url));

function importBytes(bytes: Uint8Array, chunk = 1000) {
  const session = new ByteImport({ fileName: 'b.csv', zone: 'UTC' }, (enc) => new TextDecoder(enc));
  for (let i = 0; i < bytes.length; i += chunk) if (!session.push(bytes.subarray(i, i + chunk))) break;
  return session.end();
}

function utf16(text: string, bigEndian: boolean, bom: boolean): Uint8Array {
  const out = new Uint8Array(text.length * 2 + (bom ? 2 : 0));
  let at = 0;
  if (bom) out.set(bigEndian ? [0xfe, 0xff] : [0xff, 0xfe], (at += 2) - 2);
  for (let i = 0; i < text.length; i++, at += 2) {
    const c = text.charCodeAt(i);
    out[at + (bigEndian ? 1 : 0)] = c & 0xff;
    out[at + (bigEndian ? 0 : 1)] = c >> 8;
  }
  return out;
}

describe('encodings', () => {
  it('reads a UTF-16 file, with or without byte-order mark, as the same series as its UTF-8 original', () => {
    const text = nab.toString('utf8');
    const plain = importBytes(nab);
    if (!plain.ok) throw new Error(plain.reason);
    for (const [be, bom] of [
      [false, true],
      [true, true],
      [false, false],
      [true, false],
    ] as const) {
      const r = importBytes(utf16(text, be, bom), 777);
      if (!r.ok) throw new Error(r.reason);
      expect([...r.result.series[0]!.v]).toEqual([...plain.result.series[0]!.v]);
      expect(r.result.notes[0]).toMatch(/UTF-16/);
    }
  });

  it('decodes Windows-1252 (Latin-1) headers and says so', () => {
    const bytes = Uint8Array.from([...'time,temp\xe9rature\n2026-01-01T00:00:00Z,1\n2026-01-01T00:01:00Z,2\n'].map((c) => c.charCodeAt(0)));
    const r = importBytes(bytes);
    if (!r.ok) throw new Error(r.reason);
    expect(r.result.series[0]!.name).toBe('température');
    expect(r.result.notes[0]).toMatch(/Windows-1252/);
  });

  it('refuses binary files and archives clearly, and empty files', () => {
    const zip = Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]);
    expect(importBytes(zip)).toMatchObject({ ok: false, reason: expect.stringMatching(/zip archive/) });
    const noise = Uint8Array.from({ length: 5000 }, (_, i) => (i * 7919) % 256);
    expect(importBytes(noise)).toMatchObject({ ok: false, reason: expect.stringMatching(/binary/) });
    expect(importBytes(new Uint8Array(0))).toMatchObject({ ok: false, reason: 'the file is empty' });
    expect(detectEncoding(new TextEncoder().encode('plain ascii, ünïcödé 日本'))).toEqual({ ok: true, encoding: 'utf-8', note: null });
  });

  it('never throws on arbitrary bytes, whatever the chunk size', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 3000 }), fc.integer({ min: 1, max: 4000 }), (bytes, chunk) => {
        const r = importBytes(bytes, chunk);
        expect(typeof r.ok).toBe('boolean');
      }),
      { numRuns: 300 },
    );
  });
});
