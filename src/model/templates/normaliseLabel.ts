/**
 * Header labels are compared after normalising away the differences councils make when they retype a
 * template: case, spacing, punctuation, "&" for "and", trailing "?" or ".".
 */
export function normaliseLabel(label: string): string {
  return label
    .normalize("NFKC")
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim()
    .replace(/\s+/g, " ");
}

/** A looser key that also ignores plurals ("Actions"/"Action", "Responsibilities"/"Responsibility"). */
export function looseLabel(label: string): string {
  return normaliseLabel(label)
    .split(" ")
    .map((w) => (w.length > 3 ? w.replace(/ies$/, "y").replace(/s$/, "") : w))
    .join(" ");
}
