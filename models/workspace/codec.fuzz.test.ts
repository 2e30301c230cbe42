import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { deflateSync, strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { buildDemoWorkspace } from '../demo/demo-study';
import type { Workspace } from '../../shared/workspace';
import { blockHash } from './block-hash';
import { crc32 } from './zip-checksum';
import { DECODE_LIMITS, decodeWorkspace, encodeWorkspace, type DecodeOutcome } from './codec';

/**
 * The loader faces whatever a disk, a download or an attacker hands it. Whatever the bytes, it must return
 * `{ ok: false, reason }` with a sentence a person can read (or the study, when the bytes are one), never throw,
 * never allocate what a header merely claims.
 */

const fixture = readFileSync(resolve(import.meta.dirname, 'fixtures/study-v1.headroom'));
const demo = encodeWorkspace(buildDemoWorkspace());

function decodeSafely(bytes: Uint8Array): DecodeOutcome {
  // Any throw fails the property with the input that caused it.
  const outcome = decodeWorkspace(bytes);
  if (!outcome.ok) {
    expect(typeof outcome.reason).toBe('string');
    expect(outcome.reason.length).toBeGreaterThan(10);
  }
  return outcome;
}

const refused = (bytes: Uint8Array): string => {
  const outcome = decodeSafely(bytes);
  if (outcome.ok) throw new Error('expected a refusal');
  return outcome.reason;
};

const columns = (ws: Workspace) => ws.series.map((s) => [s.id, [...s.t], [...s.v]]);
const fixtureColumns = (() => {
  const outcome = decodeWorkspace(fixture);
  if (!outcome.ok) throw new Error(outcome.reason);
  return columns(outcome.workspace);
})();

// --- a minimal zip writer (PKWARE APPNOTE 4.3), so entries can declare sizes fflate would never write ---

interface CraftedEntry {
  name: string;
  data: Uint8Array;
  method: 0 | 8;
  /** What the central directory claims the entry inflates to. */
  originalSize: number;
  /** CRC-32 of the inflated bytes; for stored entries, of `data`. */
  crc?: number;
}

function craftZip(entries: CraftedEntry[], opts: { declaredCount?: number } = {}): Uint8Array {
  const parts: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = strToU8(e.name);
    const local = new Uint8Array(30 + name.length);
    const lv = new DataView(local.buffer);
    lv.setUint32(0, 0x04034b50, true);
    lv.setUint16(4, 20, true);
    lv.setUint16(8, e.method, true);
    lv.setUint32(18, e.data.length, true);
    lv.setUint32(22, e.originalSize, true);
    lv.setUint16(26, name.length, true);
    local.set(name, 30);
    const cd = new Uint8Array(46 + name.length);
    const cv = new DataView(cd.buffer);
    cv.setUint32(0, 0x02014b50, true);
    cv.setUint16(4, 20, true);
    cv.setUint16(6, 20, true);
    cv.setUint16(10, e.method, true);
    cv.setUint32(16, e.crc ?? crc32(e.data), true);
    cv.setUint32(20, e.data.length, true);
    cv.setUint32(24, e.originalSize, true);
    cv.setUint16(28, name.length, true);
    cv.setUint32(42, offset, true);
    cd.set(name, 46);
    parts.push(local, e.data);
    central.push(cd);
    offset += local.length + e.data.length;
  }
  const cdSize = central.reduce((n, c) => n + c.length, 0);
  const eocd = new Uint8Array(22);
  const ev = new DataView(eocd.buffer);
  ev.setUint32(0, 0x06054b50, true);
  ev.setUint16(8, Math.min(opts.declaredCount ?? entries.length, 0xffff), true);
  ev.setUint16(10, Math.min(opts.declaredCount ?? entries.length, 0xffff), true);
  ev.setUint32(12, cdSize, true);
  ev.setUint32(16, offset, true);
  return concat([...parts, ...central, eocd]);
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/**
 * A DEFLATE stream of `bytes` zeros built by hand with the fixed Huffman code (RFC 1951, 3.2.6): one literal 0,
 * then length-258 distance-1 matches (13 bits each). ~7 MB of it inflates to over 1 GiB.
 */
function zeroBomb(bytes: number): Uint8Array {
  const matches = Math.floor((bytes - 1) / 258);
  const endBit = 3 + 8 + matches * 13; // then 7 zero bits of end-of-block
  const out = new Uint8Array(Math.ceil((endBit + 7) / 8));
  let bit = 0;
  const put = (code: number, length: number) => {
    // Huffman codes go most significant bit first; the header fields are single bits here.
    for (let i = length - 1; i >= 0; i--, bit++) if ((code >> i) & 1 && bit < endBit) out[bit >> 3]! |= 1 << (bit & 7);
  };
  put(1, 1); // BFINAL
  put(1, 1); // BTYPE = 01 (fixed), low bit first
  put(0, 1);
  put(0x30, 8); // literal 0
  for (let i = 0; i < Math.min(matches, 16); i++) {
    put(0b11000101, 8); // length code 285 = 258
    put(0, 5); // distance code 0 = 1
  }
  // From bit 11 on the stream repeats every 8 matches = 104 bits = 13 bytes, so bytes from the 3rd on repeat too.
  for (let i = 15; i < out.length; i++) out[i] = out[i - 13]!;
  out[endBit >> 3]! &= (1 << (endBit & 7)) - 1;
  out.fill(0, (endBit >> 3) + 1);
  return out;
}

function fixtureManifest(): Record<string, unknown> {
  return JSON.parse(strFromU8(unzipSync(fixture)['manifest.json']!)) as Record<string, unknown>;
}

/** The fixture's blocks, re-zipped with another manifest. */
function withManifestText(text: string): Uint8Array {
  const entries = unzipSync(fixture);
  entries['manifest.json'] = strToU8(text);
  return zipSync(entries);
}

describe('decodeWorkspace on hostile bytes', () => {
  it('refuses arbitrary bytes with a readable reason', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 4096 }), (bytes) => {
        refused(bytes);
      }),
      { numRuns: 400 },
    );
  });

  it('refuses arbitrary bytes dressed as a zip (local header magic, and an end record with any counts and offsets)', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ maxLength: 2048 }),
        fc.record({
          count: fc.integer({ min: 0, max: 0xffff }),
          cdSize: fc.nat(),
          cdOffset: fc.nat(),
          commentLength: fc.integer({ min: 0, max: 0xffff }),
        }),
        (body, eocd) => {
          const tail = new Uint8Array(22);
          const v = new DataView(tail.buffer);
          v.setUint32(0, 0x06054b50, true);
          v.setUint16(8, eocd.count, true);
          v.setUint16(10, eocd.count, true);
          v.setUint32(12, eocd.cdSize >>> 0, true);
          v.setUint32(16, eocd.cdOffset >>> 0, true);
          v.setUint16(20, eocd.commentLength, true);
          refused(concat([Uint8Array.of(0x50, 0x4b, 0x03, 0x04), body, tail]));
        },
      ),
      { numRuns: 60 },
    );
  });

  it('refuses every truncation of a real workspace', () => {
    for (let length = 0; length < fixture.length; length++) refused(fixture.subarray(0, length));
    fc.assert(
      fc.property(fc.integer({ min: 0, max: demo.length - 1 }), (length) => {
        refused(demo.subarray(0, length));
      }),
      { numRuns: 40 },
    );
  });

  it('refuses a real workspace with bytes cut from its middle or its head', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: fixture.length - 1 }), fc.integer({ min: 1, max: 400 }), (at, cut) => {
        refused(
          concat([fixture.subarray(0, at), fixture.subarray(Math.min(fixture.length, at + cut))]).subarray(
            0,
            fixture.length - 1,
          ),
        );
      }),
      { numRuns: 300 },
    );
  });

  it('never returns altered numbers after bit flips in a real workspace: it refuses, or every column is intact', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ at: fc.nat({ max: fixture.length - 1 }), bit: fc.integer({ min: 0, max: 7 }) }), {
          minLength: 1,
          maxLength: 4,
        }),
        (flips) => {
          const bytes = Uint8Array.from(fixture);
          for (const f of flips) bytes[f.at]! ^= 1 << f.bit;
          const outcome = decodeSafely(bytes);
          // Blocks are named by the hash of their bytes, so a flip in a number cannot pass unnoticed.
          if (outcome.ok) expect(columns(outcome.workspace)).toEqual(fixtureColumns);
        },
      ),
      { numRuns: 1500 },
    );
  });

  it('survives arbitrary mutations of the manifest JSON: refuses, or opens columns of exactly the declared lengths', () => {
    const base = fixtureManifest();
    const paths = [
      'version',
      'name',
      'createdAt',
      'datasets',
      'series',
      'events',
      'slos',
      'series.0',
      'series.0.points',
      'series.0.t',
      'series.0.v',
      'series.0.labels',
      'series.1.points',
      'events.0',
      'events.0.kind',
      'events.0.t',
      'datasets.0.rejected',
      'slos.0.objective',
      'slos.0.window',
    ];
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            path: fc.constantFrom(...paths),
            value: fc.oneof(fc.jsonValue({ maxDepth: 3 }), fc.constant(undefined)),
          }),
          { minLength: 1, maxLength: 3 },
        ),
        (edits) => {
          const manifest = structuredClone(base);
          for (const { path, value } of edits) setPath(manifest, path.split('.'), value);
          const outcome = decodeSafely(withManifestText(JSON.stringify(manifest)));
          if (outcome.ok) for (const s of outcome.workspace.series) expect(s.t.length).toBe(s.v.length);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('refuses manifests that are not JSON, not UTF-8, or absurdly nested, without throwing', () => {
    expect(refused(withManifestText('{"format":"headroom-workspace",'))).toBe('manifest.json is not valid JSON');
    const latin1 = withManifestText('x');
    expect(refused(latin1)).toContain('not valid JSON');
    const entries = unzipSync(fixture);
    entries['manifest.json'] = Uint8Array.of(0xff, 0xfe, 0x7b, 0x00, 0x7d, 0x00);
    expect(refused(zipSync(entries))).toContain('not valid JSON');
    const deep = JSON.stringify(fixtureManifest()).replace(
      /"name":"[^"]*"/,
      `"name":${'['.repeat(50_000)}${']'.repeat(50_000)}`,
    );
    expect(refused(withManifestText(deep))).toContain('manifest.json is invalid at name');
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        refused(withManifestText(text));
      }),
      { numRuns: 200 },
    );
  });

  it('refuses numbers JSON can only spell by overflowing (1e999 reads as Infinity)', () => {
    const text = JSON.stringify(fixtureManifest());
    for (const [from, to, where] of [
      ['"createdAt":1761955200000', '"createdAt":1e999', 'createdAt'],
      ['"objective":0.999', '"objective":1e-999', 'slos.0.objective'],
      ['"t":1764320520000', '"t":-1e999', 'events.0.t'],
    ] as const) {
      expect(text).toContain(from);
      expect(refused(withManifestText(text.replace(from, to)))).toContain(`manifest.json is invalid at ${where}`);
    }
  });

  it('keeps a label called __proto__ as plain data instead of changing any prototype', () => {
    const manifest = fixtureManifest();
    const series = manifest['series'] as { labels: Record<string, unknown> }[];
    const text = JSON.stringify(manifest).replace(
      '"labels":{"service":"checkout"}',
      '"labels":{"__proto__":{"polluted":"yes"},"service":"checkout"}',
    );
    expect(text).toContain('__proto__');
    expect(series.length).toBeGreaterThan(0);
    const outcome = decodeSafely(withManifestText(text));
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    if (outcome.ok)
      expect((outcome.workspace.series[0]!.labels as Record<string, unknown>)['polluted']).toBeUndefined();
  });
});

describe('decodeWorkspace against zip bombs and lying sizes', () => {
  const points = 1000;
  const column = new Uint8Array(points * 8);
  const name = blockHash(column);
  const manifestFor = (declaredPoints: number) =>
    strToU8(
      JSON.stringify({
        ...fixtureManifest(),
        series: [{ id: 's', name: 'bomb', labels: {}, unit: '', points: declaredPoints, t: name, v: name }],
      }),
    );
  const manifestEntry = (declaredPoints: number): CraftedEntry => {
    const data = manifestFor(declaredPoints);
    return { name: 'manifest.json', data, method: 0, originalSize: data.length };
  };
  const peakMiB = () => process.resourceUsage().maxRSS / 1024;

  it('opens an honest hand-made zip, so the refusals below are about the sizes and nothing else', () => {
    const outcome = decodeSafely(
      craftZip([
        manifestEntry(points),
        { name: `blocks/${name}.f64`, data: deflateSync(column), method: 8, originalSize: column.length },
      ]),
    );
    expect(outcome.ok).toBe(true);
    if (outcome.ok) expect(outcome.workspace.series[0]!.v.length).toBe(points);
  });

  it('refuses a block that would inflate to over 1 GiB, declared honestly, without inflating it', () => {
    const size = 1.1 * 2 ** 30;
    const bomb = zeroBomb(size);
    expect(bomb.length).toBeLessThan(8 * 2 ** 20);
    const before = peakMiB();
    const reason = refused(
      craftZip([
        manifestEntry(Math.floor(size / 8)),
        { name: `blocks/${name}.f64`, data: bomb, method: 8, originalSize: Math.floor(size / 8) * 8 },
      ]),
    );
    expect(reason).toMatch(/^the manifest declares 1126 MiB of series data, more than the 1024 MiB Headroom opens$/);
    // Inflating would have raised the peak resident size by a gibibyte.
    expect(peakMiB() - before).toBeLessThan(200);
  });

  it('refuses a block whose zip entry claims more than the manifest says its points need', () => {
    const before = peakMiB();
    const reason = refused(
      craftZip([
        manifestEntry(points),
        { name: `blocks/${name}.f64`, data: zeroBomb(1.1 * 2 ** 30), method: 8, originalSize: 0xfffffff0 },
      ]),
    );
    expect(reason).toBe(`block ${name} declares 4294967280 bytes, expected 8000`);
    expect(peakMiB() - before).toBeLessThan(200);
  });

  it('refuses a block whose entry claims the right size but carries a stream far longer than that size allows', () => {
    const reason = refused(
      craftZip([
        manifestEntry(points),
        { name: `blocks/${name}.f64`, data: zeroBomb(256 * 2 ** 20), method: 8, originalSize: points * 8 },
      ]),
    );
    expect(reason).toMatch(
      new RegExp(
        `^blocks/${name}\\.f64 is damaged \\(\\d+ compressed bytes cannot inflate to the 8000 it declares\\)$`,
      ),
    );
  });

  it('refuses a manifest entry declaring gigabytes, before reading it', () => {
    const data = deflateSync(manifestFor(points));
    const reason = refused(craftZip([{ name: 'manifest.json', data, method: 8, originalSize: 3 * 2 ** 30 }]));
    expect(reason).toBe(
      `manifest.json declares 3072 MiB, more than the ${DECODE_LIMITS.maxManifestBytes / 2 ** 20} MiB a manifest may hold`,
    );
  });

  it('refuses absurd point counts from the manifest alone', () => {
    for (const declared of [2 ** 40, Number.MAX_SAFE_INTEGER]) {
      expect(refused(craftZip([manifestEntry(declared)]))).toContain(
        'of series data, more than the 1024 MiB Headroom opens',
      );
    }
    expect(refused(craftZip([manifestEntry(-1)]))).toContain('manifest.json is invalid at series.0.points');
  });

  it('refuses a central directory that claims more entries than any study has, without walking billions of them', () => {
    // A zip64 end record claiming 2^32 - 1 entries, pointing at zeros (each reads as an empty 46-byte header).
    const zeros = 46 * (DECODE_LIMITS.maxEntries + 10);
    const zip64 = new Uint8Array(56 + 20 + 22);
    const v = new DataView(zip64.buffer);
    v.setUint32(0, 0x06064b50, true);
    v.setUint32(32, 0xffffffff, true); // entries on this disk (low word)
    v.setUint32(48, 4, true); // central directory offset: the zeros
    v.setUint32(56, 0x07064b50, true);
    v.setUint32(56 + 8, 4 + zeros, true); // offset of the zip64 end record
    v.setUint32(76, 0x06054b50, true);
    v.setUint16(76 + 8, 0xffff, true);
    v.setUint16(76 + 10, 0xffff, true);
    const bytes = concat([Uint8Array.of(0x50, 0x4b, 0x03, 0x04), new Uint8Array(zeros), zip64]);
    expect(refused(bytes)).toBe(
      `the zip container lists more than ${DECODE_LIMITS.maxEntries.toLocaleString('en-US')} entries`,
    );
  });

  it('ignores entries with path-traversal names and never treats them as blocks or the manifest', () => {
    const entries = unzipSync(fixture);
    const traversal = craftZip([
      ...Object.entries(entries).map(([name, data]): CraftedEntry => ({
        name,
        data,
        method: 0,
        originalSize: data.length,
      })),
      { name: '../../manifest.json', data: strToU8('{}'), method: 0, originalSize: 2 },
      { name: `blocks/../blocks/${name}.f64`, data: new Uint8Array(8), method: 0, originalSize: 8 },
      { name: '/etc/passwd', data: strToU8('root'), method: 0, originalSize: 4 },
    ]);
    const outcome = decodeSafely(traversal);
    if (!outcome.ok) throw new Error(outcome.reason);
    expect(columns(outcome.workspace)).toEqual(fixtureColumns);
  });

  it('reads the same manifest.json the checksum covers when a zip holds two of them', () => {
    const good = strFromU8(unzipSync(fixture)['manifest.json']!);
    const renamed = strToU8(good.replace('Black Friday 2025 (v1 fixture)', 'Second copy'));
    const blocks = Object.entries(unzipSync(fixture)).filter(([n]) => n.startsWith('blocks/'));
    const zip = craftZip([
      { name: 'manifest.json', data: strToU8(good), method: 0, originalSize: good.length },
      ...blocks.map(([n, data]): CraftedEntry => ({ name: n, data, method: 0, originalSize: data.length })),
      { name: 'manifest.json', data: renamed, method: 0, originalSize: renamed.length },
    ]);
    const outcome = decodeSafely(zip);
    if (!outcome.ok) throw new Error(outcome.reason);
    expect(outcome.workspace.name).toBe('Second copy');
  });

  it('refuses one block named by two series of different lengths', () => {
    const manifest = fixtureManifest();
    const series = manifest['series'] as { t: string; points: number }[];
    const text = JSON.stringify({ ...manifest, series: [series[0], { ...series[2], t: series[0]!.t }] });
    expect(refused(withManifestText(text))).toMatch(/block [0-9a-f]{32} is used with 5 and 3 points/);
  });

  it('opens a real workspace carrying thousands of unrelated entries, ignoring them', () => {
    const entries = unzipSync(fixture);
    for (let i = 0; i < 5000; i++) entries[`junk/${i}.txt`] = strToU8(String(i));
    const outcome = decodeSafely(zipSync(entries, { level: 0 }));
    expect(outcome.ok).toBe(true);
  });
});

function setPath(target: Record<string, unknown>, path: string[], value: unknown): void {
  let node: unknown = target;
  for (const key of path.slice(0, -1)) {
    if (typeof node !== 'object' || node === null) return;
    node = (node as Record<string, unknown>)[key];
  }
  if (typeof node !== 'object' || node === null) return;
  const last = path[path.length - 1]!;
  if (value === undefined) Reflect.deleteProperty(node, last);
  else (node as Record<string, unknown>)[last] = value;
}
