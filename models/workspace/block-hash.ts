/**
 * Content address of a series block: 128 bits from four MurmurHash3-style lanes over the bytes
 * (Appleby, MurmurHash3 x86_128 mixing constants). Not cryptographic; it only has to tell blocks apart.
 */
export function blockHash(bytes: Uint8Array): string {
  const words = Math.floor(bytes.length / 4);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let h1 = 0x9747b28c ^ bytes.length;
  let h2 = 0x85ebca6b ^ bytes.length;
  let h3 = 0xc2b2ae35 ^ bytes.length;
  let h4 = 0x27d4eb2f ^ bytes.length;
  for (let i = 0; i < words; i++) {
    let k = view.getUint32(i * 4, true);
    k = Math.imul(k, 0xcc9e2d51);
    k = (k << 15) | (k >>> 17);
    k = Math.imul(k, 0x1b873593);
    switch (i & 3) {
      case 0:
        h1 = Math.imul((h1 ^ k) << 13 | (h1 ^ k) >>> 19, 5) + 0xe6546b64;
        break;
      case 1:
        h2 = Math.imul((h2 ^ k) << 17 | (h2 ^ k) >>> 15, 5) + 0x38b34ae5;
        break;
      case 2:
        h3 = Math.imul((h3 ^ k) << 15 | (h3 ^ k) >>> 17, 5) + 0x561ccd1b;
        break;
      default:
        h4 = Math.imul((h4 ^ k) << 13 | (h4 ^ k) >>> 19, 5) + 0x0bcaa747;
    }
  }
  for (let i = words * 4; i < bytes.length; i++) h1 = Math.imul(h1 ^ bytes[i]!, 0x01000193);
  h1 = fmix(h1 + h2 + h3 + h4);
  h2 = fmix(h2 + h1);
  h3 = fmix(h3 + h1);
  h4 = fmix(h4 + h1);
  return [h1, h2, h3, h4].map((h) => (h >>> 0).toString(16).padStart(8, '0')).join('');
}

function fmix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}
