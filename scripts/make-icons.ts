/**
 * Draws Casefile's toolbar icons (a folder with a page of evidence) as PNGs,
 * so the repository needs no image editor: `npx tsx scripts/make-icons.ts`.
 */
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

type Rgba = [number, number, number, number];
const blue: Rgba = [31, 95, 139, 255];
const paper: Rgba = [255, 255, 255, 255];
const ink: Rgba = [31, 95, 139, 255];
const clear: Rgba = [0, 0, 0, 0];

function pixel(x: number, y: number): Rgba {
  // Unit square coordinates, 0..1.
  const inRounded = (x0: number, y0: number, x1: number, y1: number, r: number) => {
    if (x < x0 || x > x1 || y < y0 || y > y1) return false;
    const cx = Math.min(Math.max(x, x0 + r), x1 - r);
    const cy = Math.min(Math.max(y, y0 + r), y1 - r);
    return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
  };
  if (!inRounded(0.04, 0.04, 0.96, 0.96, 0.2)) return clear;
  if (inRounded(0.26, 0.18, 0.74, 0.82, 0.05)) {
    const lines = [0.34, 0.46, 0.58, 0.7];
    if (lines.some((line) => Math.abs(y - line) < 0.035) && x > 0.33 && x < (y > 0.65 ? 0.55 : 0.67)) return ink;
    return paper;
  }
  return blue;
}

function png(size: number): Buffer {
  const raw = Buffer.alloc((size * 4 + 1) * size);
  const samples = 4;
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) {
      const sum = [0, 0, 0, 0];
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const color = pixel((x + (sx + 0.5) / samples) / size, (y + (sy + 0.5) / samples) / size);
          for (let c = 0; c < 4; c++) sum[c]! += color[c]! * (c === 3 ? 1 : color[3]! / 255);
        }
      }
      const n = samples * samples;
      const alpha = sum[3]! / n;
      const offset = y * (size * 4 + 1) + 1 + x * 4;
      for (let c = 0; c < 3; c++) raw[offset + c] = alpha ? Math.round(sum[c]! / n / (alpha / 255)) : 0;
      raw[offset + 3] = Math.round(alpha);
    }
  }
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function crc32(data: Buffer): number {
  let crc = ~0;
  for (const byte of data) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}

for (const size of [16, 32, 48, 96, 128]) writeFileSync(`public/icon/${size}.png`, png(size));
