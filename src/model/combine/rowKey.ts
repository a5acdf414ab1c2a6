import { normaliseLabel } from "../templates/normaliseLabel";

/**
 * Row keys: a stable name for an action across monthly returns, used to match a combined view with the
 * previous one.
 *
 * key = district slug + "-" + 8 hex digits of a hash of the action's normalised text, plus "-2", "-3" for
 * repeats of the same text in one district (in row order). Row numbers are not part of the key, so
 * inserting or moving rows does not change it; normalising (case, punctuation, spacing, leading
 * numbering such as "1." or "a/") means retyping does not either. A small edit to the wording does change
 * the key: change detection then pairs the leftover rows of a district by word similarity (see
 * similarity.ts), so an edited action reads as the same action, not as removed + new.
 */
export function normaliseAction(text: string): string {
  return normaliseLabel(text.replace(LEADING_NUMBER, ""));
}

// "1. ", "(ii) ", "3) ", "a/ ", "b) " before the words of an action.
const LEADING_NUMBER = /^\s*(\(?[0-9ivx]{1,4}[.)/]|[a-z][/)])\s+/i;

/** 32-bit FNV-1a, as 8 hex digits: short, stable across platforms, no crypto needed for a label. */
export function fnv1a(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, "0");
}

export function districtSlug(district: string): string {
  return normaliseAction(district).replace(/ /g, "-") || "district";
}

/** Assigns keys to rows in order; call once per combined view so repeats are numbered consistently. */
export function createRowKeyer(): (district: string, action: string) => string {
  const seen = new Map<string, number>();
  return (district, action) => {
    const base = `${districtSlug(district)}-${fnv1a(normaliseAction(action))}`;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return n === 1 ? base : `${base}-${n}`;
  };
}
