/**
 * A solid-colour baseline JPEG, built by hand. Every 8×8 block of a flat image has only a DC value, so a
 * tiny custom Huffman table (DC categories, and an AC table that only needs end-of-block) is enough.
 */

class BitWriter {
  private bytes: number[] = [];
  private current = 0;
  private used = 0;

  /** JPEG packs bits most-significant first and stuffs a 0x00 after every 0xFF data byte. */
  write(value: number, bits: number): void {
    for (let i = bits - 1; i >= 0; i--) {
      this.current = (this.current << 1) | ((value >> i) & 1);
      if (++this.used === 8) this.flush();
    }
  }

  private flush(): void {
    this.bytes.push(this.current);
    if (this.current === 0xff) this.bytes.push(0);
    this.current = 0;
    this.used = 0;
  }

  finish(): Buffer {
    while (this.used > 0) this.write(1, 1);
    return Buffer.from(this.bytes);
  }
}

function segment(marker: number, data: number[]): Buffer {
  const length = data.length + 2;
  return Buffer.from([0xff, marker, length >> 8, length & 0xff, ...data]);
}

/** Quantiser 8 makes a block's DC (8 × (v − 128)) come out as v − 128: categories 0..8. */
const QUANT = 8;
/** DC table: categories 0..11, all 4-bit codes 0000..1011. AC table: EOB = '0', one spare symbol. */
const DC_COUNTS = [0, 0, 0, 12, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];
const AC_COUNTS = [1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];

function category(value: number): number {
  let magnitude = Math.abs(value);
  let bits = 0;
  while (magnitude > 0) {
    bits++;
    magnitude >>= 1;
  }
  return bits;
}

export function solidJpeg(width: number, height: number, [r, g, b]: [number, number, number]): Buffer {
  const ycc = [
    0.299 * r + 0.587 * g + 0.114 * b,
    128 - 0.168736 * r - 0.331264 * g + 0.5 * b,
    128 + 0.5 * r - 0.418688 * g - 0.081312 * b,
  ].map((v) => Math.round(Math.min(255, Math.max(0, v))) - 128);
  const bits = new BitWriter();
  const blocks = Math.ceil(width / 8) * Math.ceil(height / 8);
  for (let block = 0; block < blocks; block++) {
    for (const dc of ycc) {
      const diff = block === 0 ? dc : 0; // DC is coded as the difference from the previous block
      const cat = category(diff);
      bits.write(cat, 4);
      if (cat > 0) bits.write(diff > 0 ? diff : diff + (1 << cat) - 1, cat);
      bits.write(0, 1); // end of block
    }
  }
  return Buffer.concat([
    Buffer.from([0xff, 0xd8]),
    segment(0xe0, [0x4a, 0x46, 0x49, 0x46, 0, 1, 1, 0, 0, 1, 0, 1, 0, 0]),
    segment(0xdb, [0, ...new Array(64).fill(QUANT)]),
    segment(0xc0, [
      8,
      height >> 8,
      height & 0xff,
      width >> 8,
      width & 0xff,
      3,
      1,
      0x11,
      0,
      2,
      0x11,
      0,
      3,
      0x11,
      0,
    ]),
    segment(0xc4, [0x00, ...DC_COUNTS, ...Array.from({ length: 12 }, (_, i) => i)]),
    segment(0xc4, [0x10, ...AC_COUNTS, 0x00, 0x01]),
    segment(0xda, [3, 1, 0x00, 2, 0x00, 3, 0x00, 0, 63, 0]),
    bits.finish(),
    Buffer.from([0xff, 0xd9]),
  ]);
}
