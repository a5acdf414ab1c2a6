import { normaliseAction } from "./rowKey";

/** Dice coefficient of two texts' word sets, 0..1: how much wording two actions share. */
export function wordSimilarity(a: string, b: string): number {
  const wa = new Set(normaliseAction(a).split(" ").filter(Boolean));
  const wb = new Set(normaliseAction(b).split(" ").filter(Boolean));
  if (wa.size === 0 || wb.size === 0) return 0;
  let shared = 0;
  for (const w of wa) if (wb.has(w)) shared++;
  return (2 * shared) / (wa.size + wb.size);
}
