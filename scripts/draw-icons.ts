/**
 * Draws the add-in's icons into assets/ (`npm run icons`): 16, 32 and 80 px for the ribbon button, 32 and
 * 64 px for the manifest's IconUrl and HighResolutionIconUrl, 128 px for the support page and a store listing.
 * The PNGs are committed; test/addin/icons.test.ts checks they are exactly what this script draws.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { drawIcon } from "./icons/drawIcon";
import { encodePng } from "./icons/png";

export const ICON_SIZES = [16, 32, 64, 80, 128] as const;

export function iconPath(size: number, dir = path.resolve(__dirname, "..", "assets")): string {
  return path.join(dir, `icon-${size}.png`);
}

if (require.main === module) {
  for (const size of ICON_SIZES) {
    const file = iconPath(size);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, encodePng(drawIcon(size)));
    console.log(`wrote ${path.relative(process.cwd(), file)} (${size}×${size})`);
  }
}
