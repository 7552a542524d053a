// Draws CET's app icons (PNG, no dependencies): a white ledger sheet with three lines and a tick on
// the brand blue. `npm run icons` rewrites public/icons/; the PNGs are committed.
import { deflateSync } from 'node:zlib';
import { mkdirSync, writeFileSync } from 'node:fs';

const BLUE = [0x1d, 0x4e, 0x89];
const WHITE = [0xff, 0xff, 0xff];
const GREEN = [0x1f, 0x7a, 0x3a];

function crc32(buf) {
  let c, crc = 0xffffffff;
  for (let n = 0; n < buf.length; n++) {
    c = (crc ^ buf[n]) & 0xff;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    crc = (crc >>> 8) ^ c;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

function png(size, pixel) {
  const raw = Buffer.alloc((size * 3 + 1) * size);
  for (let y = 0; y < size; y++) {
    raw[y * (size * 3 + 1)] = 0;
    for (let x = 0; x < size; x++) {
      const [r, g, b] = pixel(x / size, y / size);
      const o = y * (size * 3 + 1) + 1 + x * 3;
      raw[o] = r; raw[o + 1] = g; raw[o + 2] = b;
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; ihdr[9] = 2; ihdr[10] = 0; ihdr[11] = 0; ihdr[12] = 0;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw, { level: 9 })), chunk('IEND', Buffer.alloc(0)),
  ]);
}

// scale < 1 shrinks the motif into the safe zone that maskable icons need.
function icon(scale) {
  return (u, v) => {
    const x = (u - 0.5) / scale + 0.5;
    const y = (v - 0.5) / scale + 0.5;
    const inSheet = x > 0.26 && x < 0.74 && y > 0.18 && y < 0.82;
    if (!inSheet) return BLUE;
    for (const line of [0.34, 0.46, 0.58]) {
      if (y > line && y < line + 0.045 && x > 0.33 && x < 0.67) return BLUE;
    }
    if (y > 0.68 && y < 0.74 && x > 0.33 && x < 0.5) return GREEN;
    return WHITE;
  };
}

const dir = new URL('../public/icons/', import.meta.url).pathname;
mkdirSync(dir, { recursive: true });
writeFileSync(dir + 'icon-192.png', png(192, icon(1)));
writeFileSync(dir + 'icon-512.png', png(512, icon(1)));
writeFileSync(dir + 'icon-maskable-512.png', png(512, icon(0.8)));
writeFileSync(dir + 'apple-touch-icon.png', png(180, icon(0.9)));
console.log('icons written to', dir);
