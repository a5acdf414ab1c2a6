/**
 * Draws the PlanCheck mark: a blue clipboard holding a checklist, with a green tick badge. Shapes are laid out
 * on a unit square and rasterised with 8×8 supersampling, so every size is drawn sharp rather than scaled.
 * Small sizes (ribbon 16 px) drop the checklist lines and enlarge the badge so the tick stays readable.
 */
import type { RgbaImage } from "./png";

type Rgb = readonly [number, number, number];

export const COLOURS = {
  board: [0x1d, 0x5c, 0x9e], // council blue
  clip: [0x12, 0x3e, 0x6b],
  paper: [0xff, 0xff, 0xff],
  line: [0x8f, 0xa9, 0xc7],
  badge: [0x2e, 0x7d, 0x32], // green
  tick: [0xff, 0xff, 0xff],
} as const satisfies Record<string, Rgb>;

interface Shape {
  colour: Rgb;
  covers(x: number, y: number): boolean;
}

function roundRect(colour: Rgb, x0: number, y0: number, x1: number, y1: number, r: number): Shape {
  return {
    colour,
    covers(x, y) {
      if (x < x0 || x > x1 || y < y0 || y > y1) return false;
      const dx = Math.max(x0 + r - x, 0, x - (x1 - r));
      const dy = Math.max(y0 + r - y, 0, y - (y1 - r));
      return dx * dx + dy * dy <= r * r;
    },
  };
}

function circle(colour: Rgb, cx: number, cy: number, r: number): Shape {
  return { colour, covers: (x, y) => (x - cx) * (x - cx) + (y - cy) * (y - cy) <= r * r };
}

/** A stroke with round ends through the given points. */
function stroke(colour: Rgb, halfWidth: number, points: readonly (readonly [number, number])[]): Shape {
  const segments = points.slice(1).map(([bx, by], i) => {
    const [ax, ay] = points[i];
    return { ax, ay, vx: bx - ax, vy: by - ay, length2: (bx - ax) ** 2 + (by - ay) ** 2 };
  });
  const limit = halfWidth * halfWidth;
  return {
    colour,
    covers(x, y) {
      for (const { ax, ay, vx, vy, length2 } of segments) {
        const t = Math.min(1, Math.max(0, ((x - ax) * vx + (y - ay) * vy) / length2));
        const dx = x - (ax + t * vx);
        const dy = y - (ay + t * vy);
        if (dx * dx + dy * dy <= limit) return true;
      }
      return false;
    },
  };
}

/** The shapes for one size, bottom first. */
export function layout(size: number): Shape[] {
  if (size <= 20) return layoutSmall(size);
  const px = 1 / size;
  const half = Math.max(0.022, 0.6 * px);
  return [
    roundRect(COLOURS.board, 0.12, 0.1, 0.88, 0.97, 0.09),
    roundRect(COLOURS.paper, 0.22, 0.21, 0.78, 0.88, 0.035),
    roundRect(COLOURS.clip, 0.33, 0.03, 0.67, 0.2, 0.05),
    circle(COLOURS.paper, 0.5, 0.09, 0.03),
    stroke(COLOURS.line, half, [[0.31, 0.34], [0.69, 0.34]]),
    stroke(COLOURS.line, half, [[0.31, 0.46], [0.69, 0.46]]),
    stroke(COLOURS.line, half, [[0.31, 0.58], [0.45, 0.58]]),
    ...badge(0.69, 0.74, 0.21, Math.max(0.04, px), Math.max(0.21 * 0.15, 0.75 * px)),
  ];
}

/** Ribbon size: edges on whole pixels (a 16-pixel grid), no checklist lines, a larger badge. */
function layoutSmall(size: number): Shape[] {
  const u = 1 / 16;
  return [
    roundRect(COLOURS.board, 2 * u, 2 * u, 14 * u, 16 * u, 1.5 * u),
    roundRect(COLOURS.paper, 3 * u, 4 * u, 13 * u, 15 * u, 0.5 * u),
    roundRect(COLOURS.clip, 5 * u, 0, 11 * u, 4 * u, 1 * u),
    ...badge(10.5 * u, 10.5 * u, 4.5 * u, 1 * u, Math.max(0.75 * u, 0.75 / size)),
  ];
}

/** The green tick badge, on a paper-coloured ring that separates it from the board. */
function badge(cx: number, cy: number, r: number, ring: number, tickHalf: number): Shape[] {
  return [
    circle(COLOURS.paper, cx, cy, r + ring),
    circle(COLOURS.badge, cx, cy, r),
    stroke(COLOURS.tick, tickHalf, [
      [cx - r * 0.48, cy + r * 0.02],
      [cx - r * 0.12, cy + r * 0.38],
      [cx + r * 0.5, cy - r * 0.36],
    ]),
  ];
}

const SAMPLES = 8;

export function drawIcon(size: number): RgbaImage {
  const shapes = layout(size).reverse(); // topmost first
  const pixels = new Uint8Array(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let hits = 0;
      let r = 0;
      let g = 0;
      let b = 0;
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          const x = (px + (sx + 0.5) / SAMPLES) / size;
          const y = (py + (sy + 0.5) / SAMPLES) / size;
          let top: Shape | undefined;
          for (const shape of shapes) {
            if (shape.covers(x, y)) {
              top = shape;
              break;
            }
          }
          if (!top) continue;
          hits++;
          r += top.colour[0];
          g += top.colour[1];
          b += top.colour[2];
        }
      }
      const at = (py * size + px) * 4;
      if (hits === 0) continue; // transparent
      pixels[at] = Math.round(r / hits);
      pixels[at + 1] = Math.round(g / hits);
      pixels[at + 2] = Math.round(b / hits);
      pixels[at + 3] = Math.round((255 * hits) / (SAMPLES * SAMPLES));
    }
  }
  return { width: size, height: size, pixels };
}
