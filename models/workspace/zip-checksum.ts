/**
 * fflate does not check the CRC-32 a zip records for each entry, and series blocks are already checked by their
 * content address; the manifest is not, so a flipped bit in it could silently change a name, a time or an SLO.
 * These two functions let the codec check the manifest against the checksum its central directory records.
 */

const TABLE = (() => {
  // CRC-32 with the reflected polynomial 0xEDB88320 (ISO 3309; PKWARE APPNOTE 4.4.7).
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

export function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (let i = 0; i < bytes.length; i++) c = TABLE[(c ^ bytes[i]!) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/**
 * The CRC-32 the central directory records for the last entry named `name` (the one an unzip keeps), found the way
 * fflate finds entries (end record, then the zip64 end record when present); undefined when there is none.
 */
export function recordedCrc(bytes: Uint8Array, name: string): number | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const wanted = Array.from(name, (ch) => ch.charCodeAt(0));
  let end = bytes.length - 22;
  while (end >= 0 && view.getUint32(end, true) !== 0x06054b50) {
    if (bytes.length - end > 65558) return undefined;
    end--;
  }
  if (end < 0) return undefined;
  let count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  if (end >= 20 && view.getUint32(end - 20, true) === 0x07064b50) {
    const zip64 = view.getUint32(end - 12, true);
    if (zip64 + 56 <= bytes.length && view.getUint32(zip64, true) === 0x06064b50) {
      count = view.getUint32(zip64 + 32, true);
      at = view.getUint32(zip64 + 48, true);
    }
  }
  let found: number | undefined;
  for (let i = 0; i < count && at + 46 <= bytes.length; i++) {
    if (view.getUint32(at, true) !== 0x02014b50) break;
    const nameLength = view.getUint16(at + 28, true);
    if (
      nameLength === wanted.length &&
      at + 46 + nameLength <= bytes.length &&
      wanted.every((b, j) => bytes[at + 46 + j] === b)
    ) {
      found = view.getUint32(at + 16, true);
    }
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return found;
}
