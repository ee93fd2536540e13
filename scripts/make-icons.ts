/**
 * Draws the toolbar icons (public/icons/<size>.png): a blue rounded square
 * with a white target, the "repère". Written with zlib only, so the icons
 * can be rebuilt anywhere with `npx tsx scripts/make-icons.ts`; the output is
 * byte-for-byte stable.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

const SIZES = [16, 32, 48, 128] as const;
const BLUE = [0x1d, 0x4f, 0x9c] as const;
const WHITE = [0xff, 0xff, 0xff] as const;
// Samples per pixel side, for smooth edges at 16 px.
const SUPERSAMPLE = 4;

type Rgb = readonly [number, number, number];

/** Colour and coverage of the shape at a point of the unit square. */
function shade(x: number, y: number): { color: Rgb; alpha: number } {
  const inSquare = roundedSquareContains(x, y, 0.5, 0.2);
  if (!inSquare) return { color: BLUE, alpha: 0 };
  const r = Math.hypot(x - 0.5, y - 0.5);
  const ring = r > 0.235 && r < 0.335;
  const dot = r < 0.11;
  return { color: ring || dot ? WHITE : BLUE, alpha: 1 };
}

function roundedSquareContains(x: number, y: number, half: number, radius: number): boolean {
  const dx = Math.max(Math.abs(x - 0.5) - (half - radius), 0);
  const dy = Math.max(Math.abs(y - 0.5) - (half - radius), 0);
  return Math.hypot(dx, dy) <= radius;
}

function drawIcon(size: number): Buffer {
  const rows: Buffer[] = [];
  for (let py = 0; py < size; py++) {
    const row = Buffer.alloc(1 + size * 4); // leading 0 = PNG filter "none"
    for (let px = 0; px < size; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < SUPERSAMPLE; sy++) {
        for (let sx = 0; sx < SUPERSAMPLE; sx++) {
          const { color, alpha } = shade(
            (px + (sx + 0.5) / SUPERSAMPLE) / size,
            (py + (sy + 0.5) / SUPERSAMPLE) / size,
          );
          r += color[0] * alpha;
          g += color[1] * alpha;
          b += color[2] * alpha;
          a += alpha;
        }
      }
      const offset = 1 + px * 4;
      // Colour is averaged over the covered samples only (straight alpha).
      row[offset] = a ? Math.round(r / a) : 0;
      row[offset + 1] = a ? Math.round(g / a) : 0;
      row[offset + 2] = a ? Math.round(b / a) : 0;
      row[offset + 3] = Math.round((a / SUPERSAMPLE ** 2) * 255);
    }
    rows.push(row);
  }
  return encodePng(size, size, Buffer.concat(rows));
}

function encodePng(width: number, height: number, scanlines: Buffer): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(scanlines, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typed = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typed));
  return Buffer.concat([length, typed, crc]);
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Buffer): number {
  let c = 0xffffffff;
  for (const byte of bytes) c = (CRC_TABLE[(c ^ byte) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

const outDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'public', 'icons');
mkdirSync(outDir, { recursive: true });
for (const size of SIZES) {
  const path = join(outDir, `${size}.png`);
  writeFileSync(path, drawIcon(size));
  console.log(`wrote ${path}`);
}
