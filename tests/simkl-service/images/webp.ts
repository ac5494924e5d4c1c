/**
 * A solid-colour lossless WebP (VP8L). Every prefix code is a "simple" one-symbol code, so each pixel
 * costs zero bits and the file stays a few dozen bytes whatever its size.
 */

class BitWriter {
  private bytes: number[] = [];
  private current = 0;
  private used = 0;

  /** VP8L packs bits least-significant first. */
  write(value: number, bits: number): void {
    for (let i = 0; i < bits; i++) {
      this.current |= ((value >> i) & 1) << this.used;
      if (++this.used === 8) this.flush();
    }
  }

  private flush(): void {
    this.bytes.push(this.current);
    this.current = 0;
    this.used = 0;
  }

  finish(): Buffer {
    if (this.used > 0) this.flush();
    return Buffer.from(this.bytes);
  }
}

export function solidWebp(width: number, height: number, [r, g, b]: [number, number, number]): Buffer {
  const bits = new BitWriter();
  bits.write(0x2f, 8); // VP8L signature
  bits.write(width - 1, 14);
  bits.write(height - 1, 14);
  bits.write(0, 1); // alpha not used
  bits.write(0, 3); // version 0
  bits.write(0, 1); // no transforms
  bits.write(0, 1); // no colour cache
  bits.write(0, 1); // no meta prefix codes
  for (const symbol of [g, r, b, 255]) {
    bits.write(1, 1); // simple code
    bits.write(0, 1); // one symbol
    bits.write(1, 1); // 8-bit symbol
    bits.write(symbol, 8);
  }
  bits.write(1, 1); // distance code: simple, one 1-bit symbol 0
  bits.write(0, 1);
  bits.write(0, 1);
  bits.write(0, 1);
  const payload = bits.finish();
  const padded = payload.length % 2 ? Buffer.concat([payload, Buffer.alloc(1)]) : payload;
  const head = Buffer.alloc(20);
  head.write('RIFF', 0, 'ascii');
  head.writeUInt32LE(12 + padded.length, 4);
  head.write('WEBP', 8, 'ascii');
  head.write('VP8L', 12, 'ascii');
  head.writeUInt32LE(payload.length, 16);
  return Buffer.concat([head, padded]);
}
