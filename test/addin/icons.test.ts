/**
 * The committed icons are exactly what scripts/draw-icons.ts draws (`npm run icons`), at their sizes, and
 * show the mark: transparent corners, the blue board, the white sheet and the green tick badge.
 */
import { readFileSync } from "node:fs";
import { ICON_SIZES, iconPath } from "../../scripts/draw-icons";
import { COLOURS, drawIcon } from "../../scripts/icons/drawIcon";
import { decodePng, encodePng, pngSize } from "../../scripts/icons/png";

const drawn = new Map(ICON_SIZES.map((size) => [size, drawIcon(size)]));

function colourCount(pixels: Uint8Array, [r, g, b]: readonly number[]): number {
  let n = 0;
  for (let i = 0; i < pixels.length; i += 4) if (pixels[i] === r && pixels[i + 1] === g && pixels[i + 2] === b && pixels[i + 3] === 255) n++;
  return n;
}

test.each(ICON_SIZES.map((s) => [s]))("assets/icon-%i.png is the drawn icon at its size", (size) => {
  const file = readFileSync(iconPath(size));
  expect(pngSize(file)).toEqual({ width: size, height: size });
  const committed = decodePng(file, `icon-${size}.png`);
  expect(Buffer.from(committed.pixels).equals(Buffer.from(drawn.get(size)?.pixels ?? []))).toBe(true);
});

test.each(ICON_SIZES.map((s) => [s]))("the %i px icon shows the board, the sheet and the tick badge on a transparent ground", (size) => {
  const { pixels } = drawn.get(size) ?? drawIcon(size);
  expect(pixels[3]).toBe(0); // top-left corner
  const area = size * size;
  expect(colourCount(pixels, COLOURS.board)).toBeGreaterThan(area * 0.05);
  expect(colourCount(pixels, COLOURS.paper)).toBeGreaterThan(area * 0.08);
  expect(colourCount(pixels, COLOURS.badge)).toBeGreaterThan(area * 0.05);
  if (size >= 32) expect(colourCount(pixels, COLOURS.line)).toBeGreaterThan(0);
});

test("PNG files round-trip, and a damaged one is refused", () => {
  const image = drawn.get(32) ?? drawIcon(32);
  const png = encodePng(image);
  expect(Buffer.from(decodePng(png).pixels).equals(Buffer.from(image.pixels))).toBe(true);
  const damaged = Buffer.from(png);
  damaged[40] ^= 0xff;
  expect(() => decodePng(damaged, "damaged.png")).toThrow(/damaged.png: bad CRC/);
  expect(() => pngSize(Buffer.from("GIF89a not a png at all"), "x.gif")).toThrow("x.gif is not a PNG file");
});
