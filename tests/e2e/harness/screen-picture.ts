/**
 * A picture of what a browser draws outside its pages, such as Chromium's own notification popups
 * (docs/architecture.md, Browsers in the tests): a headless browser draws none, so the README's alert is
 * taken from a browser shown on an X display (Xvfb) and read back with `xwd`, the X server's own
 * screen dump, turned into a PNG here (ZPixmap, 24 or 32 bits per pixel, as Xvfb's screens are).
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import zlib from 'node:zlib';

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The X display screenshots are taken on (`SCREENSHOT_DISPLAY=:99`), or null to stay headless. */
export const screenshotDisplay = (): string | null => process.env.SCREENSHOT_DISPLAY || null;

const CRC_TABLE = Uint32Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Buffer): number {
  let c = 0xffffffff;
  for (const byte of bytes) c = (CRC_TABLE[(c ^ byte) & 255] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function pngChunk(type: string, data: Buffer): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A region of an XWD screen dump as an RGB PNG; the region may depend on the screen's size. */
export function xwdToPng(xwd: Buffer, region: Box | ((width: number, height: number) => Box)): Buffer {
  const field = (index: number) => xwd.readUInt32BE(index * 4);
  const [headerSize, width, height, byteOrder, bitsPerPixel, bytesPerLine, colours] = [
    field(0),
    field(4),
    field(5),
    field(7),
    field(11),
    field(12),
    field(19),
  ];
  const box = typeof region === 'function' ? region(width, height) : region;
  if (box.x < 0 || box.y < 0 || box.x + box.width > width || box.y + box.height > height)
    throw new Error('The box leaves the screen');
  const pixels = headerSize + colours * 12;
  const stride = box.width * 3 + 1;
  const raw = Buffer.alloc(stride * box.height);
  for (let y = 0; y < box.height; y++) {
    for (let x = 0; x < box.width; x++) {
      const at = pixels + (y + box.y) * bytesPerLine + (x + box.x) * (bitsPerPixel / 8);
      const pixel = byteOrder === 0 ? xwd.readUInt32LE(at) : xwd.readUInt32BE(at);
      const to = y * stride + 1 + x * 3;
      raw[to] = (pixel >> 16) & 255;
      raw[to + 1] = (pixel >> 8) & 255;
      raw[to + 2] = pixel & 255;
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(box.width, 0);
  header.writeUInt32BE(box.height, 4);
  header[8] = 8; // bits per channel
  header[9] = 2; // RGB
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    pngChunk('IHDR', header),
    pngChunk('IDAT', zlib.deflateSync(raw, { level: 9 })),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

/**
 * Saves the bottom right corner of the display's screen, where Chromium draws its notifications, as a
 * PNG at `file`: `size`, `margin` pixels inside the screen's right and bottom edges.
 */
export function saveScreenCorner(
  display: string,
  size: { width: number; height: number; margin: number },
  file: string,
): void {
  const xwd = execFileSync('xwd', ['-root', '-silent', '-display', display], { maxBuffer: 64 * 1024 * 1024 });
  const { width, height, margin } = size;
  const corner = (screenWidth: number, screenHeight: number): Box => ({
    x: screenWidth - width - margin,
    y: screenHeight - height - margin,
    width,
    height,
  });
  fs.writeFileSync(file, xwdToPng(xwd, corner));
}
