/* global console, Buffer, URL -- a Node script; the lint config gives .mjs files no environment */
// Draws build/icon.png (512×512), the app and `.headroom` file icon electron-builder packages: a traffic curve
// under a dashed capacity line on a rounded square. Pure Node (zlib for PNG's deflate), so it needs no image tools.
// Run: node scripts/make-icon.mjs
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const SIZE = 512;
const SAMPLES = 4; // supersampling per axis, for smooth edges
const background = [31, 58, 95];
const curveColour = [255, 255, 255];
const capacityColour = [255, 183, 77];

const traffic = [[80, 380], [150, 340], [210, 360], [270, 300], [320, 320], [360, 170], [400, 290], [440, 330]];
const distanceToSegment = (px, py, [ax, ay], [bx, by]) => {
  const t = Math.max(0, Math.min(1, ((px - ax) * (bx - ax) + (py - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)));
  return Math.hypot(px - (ax + t * (bx - ax)), py - (ay + t * (by - ay)));
};
const insideRoundedSquare = (x, y) => {
  const r = 96, lo = 16, hi = SIZE - 16;
  const cx = Math.max(lo + r, Math.min(hi - r, x)), cy = Math.max(lo + r, Math.min(hi - r, y));
  return x >= lo && x <= hi && y >= lo && y <= hi && Math.hypot(x - cx, y - cy) <= r;
};
function colourAt(x, y) {
  if (!insideRoundedSquare(x, y)) return null;
  if (y > 148 && y < 164 && x > 72 && x < 448 && Math.floor((x - 72) / 28) % 2 === 0) return capacityColour;
  for (let i = 1; i < traffic.length; i++) if (distanceToSegment(x, y, traffic[i - 1], traffic[i]) < 11) return curveColour;
  return background;
}

const raw = Buffer.alloc(SIZE * (SIZE * 4 + 1));
for (let y = 0; y < SIZE; y++) {
  raw[y * (SIZE * 4 + 1)] = 0; // PNG filter type 0 for every row
  for (let x = 0; x < SIZE; x++) {
    const sum = [0, 0, 0, 0];
    for (let sy = 0; sy < SAMPLES; sy++) {
      for (let sx = 0; sx < SAMPLES; sx++) {
        const c = colourAt(x + (sx + 0.5) / SAMPLES, y + (sy + 0.5) / SAMPLES);
        if (!c) continue;
        for (let k = 0; k < 3; k++) sum[k] += c[k];
        sum[3] += 255;
      }
    }
    const n = SAMPLES * SAMPLES;
    const covered = sum[3] / 255 || 1;
    const offset = y * (SIZE * 4 + 1) + 1 + x * 4;
    raw[offset] = Math.round(sum[0] / covered);
    raw[offset + 1] = Math.round(sum[1] / covered);
    raw[offset + 2] = Math.round(sum[2] / covered);
    raw[offset + 3] = Math.round(sum[3] / n);
  }
}

// PNG chunks with CRC-32 (ISO 3309 polynomial, as the PNG specification, section 5.5, requires).
const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (bytes) => {
  let c = 0xffffffff;
  for (const b of bytes) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const out = Buffer.alloc(body.length + 8);
  out.writeUInt32BE(data.length, 0);
  body.copy(out, 4);
  out.writeUInt32BE(crc32(body), body.length + 4);
  return out;
};
const header = Buffer.alloc(13);
header.writeUInt32BE(SIZE, 0);
header.writeUInt32BE(SIZE, 4);
header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, deflate, no interlace
const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', deflateSync(raw, { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
writeFileSync(new URL('../build/icon.png', import.meta.url), png);
console.log(`wrote build/icon.png (${png.length} bytes)`);
