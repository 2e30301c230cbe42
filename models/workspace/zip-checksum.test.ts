import { crc32 as zlibCrc32 } from 'node:zlib';
import fc from 'fast-check';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { crc32, recordedCrc } from './zip-checksum';

describe('the zip checksum the codec checks the manifest against', () => {
  it('computes CRC-32 exactly as zlib does', () => {
    expect(crc32(strToU8('123456789'))).toBe(0xcbf43926); // the standard check value (Rocksoft catalogue, CRC-32/ISO-HDLC)
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2000 }), (bytes) => {
        expect(crc32(bytes)).toBe(zlibCrc32(bytes));
      }),
      { numRuns: 300 },
    );
  });

  it('finds the checksum fflate recorded for a named entry, whatever else the zip holds', () => {
    fc.assert(
      fc.property(
        fc.dictionary(fc.string({ minLength: 1, maxLength: 20 }), fc.uint8Array({ maxLength: 200 }), { maxKeys: 8 }),
        fc.uint8Array({ maxLength: 300 }),
        (others, manifest) => {
          const zip = zipSync({ ...others, 'manifest.json': manifest });
          expect(recordedCrc(zip, 'manifest.json')).toBe(zlibCrc32(manifest));
          expect(recordedCrc(zip, 'absent.json')).toBeUndefined();
        },
      ),
      { numRuns: 200 },
    );
  });

  it('answers undefined, never throws, on bytes that are no zip', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 500 }), (bytes) => {
        expect(recordedCrc(bytes, 'manifest.json')).toBeUndefined();
      }),
      { numRuns: 300 },
    );
  });
});
