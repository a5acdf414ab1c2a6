/**
 * The few PNG operations the add-in's icons need, on node's zlib alone: write an 8-bit RGBA image, read one
 * back (any of the five row filters), and read any PNG's width and height from its header.
 */
import { deflateSync, inflateSync } from "node:zlib";

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const RGBA = 6;

export interface RgbaImage {
  width: number;
  height: number;
  /** Row-major RGBA bytes, 4 per pixel, not premultiplied. */
  pixels: Uint8Array;
}

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, "latin1");
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

export function encodePng(image: RgbaImage): Buffer {
  const { width, height, pixels } = image;
  if (pixels.length !== width * height * 4) throw new Error(`expected ${width * height * 4} RGBA bytes, got ${pixels.length}`);
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = RGBA;
  // compression, filter method and interlace stay 0
  const stride = width * 4;
  const raw = Buffer.alloc((stride + 1) * height);
  for (let y = 0; y < height; y++) raw.set(pixels.subarray(y * stride, (y + 1) * stride), y * (stride + 1) + 1); // filter 0
  return Buffer.concat([SIGNATURE, chunk("IHDR", ihdr), chunk("IDAT", deflateSync(raw, { level: 9 })), chunk("IEND", new Uint8Array(0))]);
}

function checkSignature(png: Uint8Array, what: string): void {
  if (png.length < 24 || !SIGNATURE.equals(Buffer.from(png.subarray(0, 8)))) throw new Error(`${what} is not a PNG file`);
}

/** Width and height from the IHDR chunk, which the PNG format requires to come first. */
export function pngSize(png: Uint8Array, what = "the image"): { width: number; height: number } {
  checkSignature(png, what);
  const view = Buffer.from(png.buffer, png.byteOffset, png.byteLength);
  if (view.toString("latin1", 12, 16) !== "IHDR") throw new Error(`${what} has no IHDR header`);
  return { width: view.readUInt32BE(16), height: view.readUInt32BE(20) };
}

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

/** Reads an 8-bit RGBA, non-interlaced PNG (what encodePng writes), checking every chunk's CRC. */
export function decodePng(png: Uint8Array, what = "the image"): RgbaImage {
  checkSignature(png, what);
  const view = Buffer.from(png.buffer, png.byteOffset, png.byteLength);
  const idat: Buffer[] = [];
  let header: Buffer | undefined;
  for (let at = 8; at < view.length; ) {
    const length = view.readUInt32BE(at);
    const type = view.toString("latin1", at + 4, at + 8);
    const data = view.subarray(at + 8, at + 8 + length);
    if (crc32(view.subarray(at + 4, at + 8 + length)) !== view.readUInt32BE(at + 8 + length)) throw new Error(`${what}: bad CRC in ${type}`);
    if (type === "IHDR") header = data;
    else if (type === "IDAT") idat.push(data);
    else if (type === "IEND") break;
    at += 12 + length;
  }
  if (!header) throw new Error(`${what} has no IHDR header`);
  const width = header.readUInt32BE(0);
  const height = header.readUInt32BE(4);
  if (header[8] !== 8 || header[9] !== RGBA || header[12] !== 0) throw new Error(`${what} is not an 8-bit RGBA non-interlaced PNG`);
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * 4;
  const pixels = new Uint8Array(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    const out = y * stride;
    for (let x = 0; x < stride; x++) {
      const a = x >= 4 ? pixels[out + x - 4] : 0;
      const b = y > 0 ? pixels[out - stride + x] : 0;
      const c = x >= 4 && y > 0 ? pixels[out - stride + x - 4] : 0;
      const predictor = [0, a, b, (a + b) >> 1, paeth(a, b, c)][filter];
      if (predictor === undefined) throw new Error(`${what}: unknown row filter ${filter}`);
      pixels[out + x] = (line[x] + predictor) & 0xff;
    }
  }
  return { width, height, pixels };
}
