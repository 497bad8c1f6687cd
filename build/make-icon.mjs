// Draws the application icon (build/icon.png, 256×256: a yellow star over an open white book on red)
// with no image tools, so it can be regenerated anywhere:  node build/make-icon.mjs
// electron-builder turns build/icon.png into the Windows .ico and the Linux icons.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { crc32, deflateSync } from 'node:zlib';

const SIZE = 256;
const SAMPLES = 4; // per axis, for smooth edges

const RED = [183, 28, 28];
const WHITE = [255, 255, 255];
const YELLOW = [253, 216, 53];

const star = Array.from({ length: 10 }, (_, index) => {
  const radius = index % 2 === 0 ? 36 : 15;
  const angle = -Math.PI / 2 + (index * Math.PI) / 5;
  return [128 + radius * Math.cos(angle), 82 + radius * Math.sin(angle)];
});
const leftPage = [[40, 132], [123, 146], [123, 214], [40, 200]];
const rightPage = [[133, 146], [216, 132], [216, 200], [133, 214]];

function insidePolygon(x, y, polygon) {
  let inside = false;
  for (let i = 0, j = polygon.length - 1; i < polygon.length; j = i++) {
    const [xi, yi] = polygon[i];
    const [xj, yj] = polygon[j];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

function insideRoundedSquare(x, y) {
  const [low, high, radius] = [12, 244, 44];
  const cx = Math.min(Math.max(x, low + radius), high - radius);
  const cy = Math.min(Math.max(y, low + radius), high - radius);
  return x >= low && x <= high && y >= low && y <= high && (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2;
}

/** The colour at one point, or null outside the icon (transparent). */
function colourAt(x, y) {
  if (!insideRoundedSquare(x, y)) return null;
  if (insidePolygon(x, y, star)) return YELLOW;
  if (insidePolygon(x, y, leftPage) || insidePolygon(x, y, rightPage)) return WHITE;
  return RED;
}

function pixel(px, py) {
  const sum = [0, 0, 0, 0];
  for (let sy = 0; sy < SAMPLES; sy++) {
    for (let sx = 0; sx < SAMPLES; sx++) {
      const colour = colourAt(px + (sx + 0.5) / SAMPLES, py + (sy + 0.5) / SAMPLES);
      if (!colour) continue;
      colour.forEach((value, channel) => (sum[channel] += value));
      sum[3] += 255;
    }
  }
  const covered = sum[3] / 255;
  return covered === 0 ? [0, 0, 0, 0] : [...sum.slice(0, 3).map((value) => Math.round(value / covered)), Math.round(sum[3] / SAMPLES ** 2)];
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const checksum = Buffer.alloc(4);
  checksum.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, checksum]);
}

const rows = [];
for (let y = 0; y < SIZE; y++) {
  const row = Buffer.alloc(1 + SIZE * 4); // filter byte 0, then RGBA
  for (let x = 0; x < SIZE; x++) Buffer.from(pixel(x, y)).copy(row, 1 + x * 4);
  rows.push(row);
}
const header = Buffer.alloc(13);
header.writeUInt32BE(SIZE, 0);
header.writeUInt32BE(SIZE, 4);
header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, no interlace

const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk('IHDR', header),
  chunk('IDAT', deflateSync(Buffer.concat(rows), { level: 9 })),
  chunk('IEND', Buffer.alloc(0)),
]);
const target = path.join(path.dirname(fileURLToPath(import.meta.url)), 'icon.png');
writeFileSync(target, png);
console.log(`${target}: ${png.length} bytes`);
