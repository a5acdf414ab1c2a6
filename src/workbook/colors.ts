/** Resolving SpreadsheetML colours (rgb, theme + tint, legacy indexed palette) to ARGB hex. */

/** The default 64-colour legacy palette (indexes 0–63). 64 is "system foreground" (automatic). */
const DEFAULT_INDEXED: readonly string[] = [
  "000000", "FFFFFF", "FF0000", "00FF00", "0000FF", "FFFF00", "FF00FF", "00FFFF",
  "000000", "FFFFFF", "FF0000", "00FF00", "0000FF", "FFFF00", "FF00FF", "00FFFF",
  "800000", "008000", "000080", "808000", "800080", "008080", "C0C0C0", "808080",
  "9999FF", "993366", "FFFFCC", "CCFFFF", "660066", "FF8080", "0066CC", "CCCCFF",
  "000080", "FF00FF", "FFFF00", "00FFFF", "800080", "800000", "008080", "0000FF",
  "00CCFF", "CCFFFF", "CCFFCC", "FFFF99", "99CCFF", "FF99CC", "CC99FF", "FFCC99",
  "3366FF", "33CCCC", "99CC00", "FFCC00", "FF9900", "FF6600", "666699", "969696",
  "003366", "339966", "003300", "333300", "993300", "993366", "333399", "333333",
];

export interface Palette {
  /** Theme colours in SpreadsheetML index order: lt1, dk1, lt2, dk2, accent1–6, hlink, folHlink (RGB hex). */
  theme: string[];
  /** Indexed palette (RGB hex), possibly overridden by styles.xml <indexedColors>. */
  indexed: readonly string[];
}

export const DEFAULT_PALETTE: Palette = { theme: [], indexed: DEFAULT_INDEXED };

function normaliseRgb(v: string): string | undefined {
  const hex = v.trim().replace(/^#/, "").toUpperCase();
  if (/^[0-9A-F]{8}$/.test(hex)) return hex;
  if (/^[0-9A-F]{6}$/.test(hex)) return "FF" + hex;
  return undefined;
}

function applyTint(rgb: string, tint: number): string {
  if (!tint) return rgb;
  const r = parseInt(rgb.slice(0, 2), 16) / 255;
  const g = parseInt(rgb.slice(2, 4), 16) / 255;
  const b = parseInt(rgb.slice(4, 6), 16) / 255;
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  let h = 0;
  let s = 0;
  let l = (max + min) / 2;
  if (max !== min) {
    const d = max - min;
    s = l > 0.5 ? d / (2 - max - min) : d / (max + min);
    if (max === r) h = (g - b) / d + (g < b ? 6 : 0);
    else if (max === g) h = (b - r) / d + 2;
    else h = (r - g) / d + 4;
    h /= 6;
  }
  l = tint < 0 ? l * (1 + tint) : l * (1 - tint) + tint;
  const hue = (p: number, q: number, t: number): number => {
    if (t < 0) t += 1;
    if (t > 1) t -= 1;
    if (t < 1 / 6) return p + (q - p) * 6 * t;
    if (t < 1 / 2) return q;
    if (t < 2 / 3) return p + (q - p) * (2 / 3 - t) * 6;
    return p;
  };
  let rr = l;
  let gg = l;
  let bb = l;
  if (s !== 0) {
    const q = l < 0.5 ? l * (1 + s) : l + s - l * s;
    const p = 2 * l - q;
    rr = hue(p, q, h + 1 / 3);
    gg = hue(p, q, h);
    bb = hue(p, q, h - 1 / 3);
  }
  const hex = (x: number): string => Math.round(Math.min(1, Math.max(0, x)) * 255).toString(16).padStart(2, "0").toUpperCase();
  return hex(rr) + hex(gg) + hex(bb);
}

/**
 * The ARGB of a <color> element's attributes, or undefined for "automatic" or an unresolvable reference.
 * Explicit rgb wins over theme, theme over indexed (as Excel does when several are written).
 */
export function resolveColor(attrs: Record<string, string>, palette: Palette): string | undefined {
  if (attrs.auto === "1" || attrs.auto === "true") return undefined;
  if (attrs.rgb !== undefined) return normaliseRgb(attrs.rgb);
  const tint = attrs.tint !== undefined ? Number(attrs.tint) || 0 : 0;
  if (attrs.theme !== undefined) {
    const t = palette.theme[Number(attrs.theme)];
    return t ? "FF" + applyTint(t, tint) : undefined;
  }
  if (attrs.indexed !== undefined) {
    const i = Number(attrs.indexed);
    const c = palette.indexed[i];
    return c ? "FF" + applyTint(c, tint) : undefined;
  }
  return undefined;
}

/** Colours that carry no meaning in a plan: black (the usual automatic text colour). */
export function isPlainTextColor(argb: string): boolean {
  return argb.slice(2) === "000000";
}

export { normaliseRgb };
