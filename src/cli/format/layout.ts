/** Fits text into a column: one line, cut with "…" when too long, padded to the width. */
export function fit(text: string, width: number): string {
  const one = text.replace(/\s+/g, " ").trim();
  const cut = one.length > width ? `${one.slice(0, Math.max(0, width - 1))}…` : one;
  return cut.padEnd(width);
}

export function percent(fraction: number | null): string {
  return fraction === null ? "not assessable" : `${Math.round(fraction * 100)}%`;
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** "30/04/2009": UK day-first display of an ISO date. */
export function ukDate(iso: string | null): string {
  if (!iso) return "";
  const [y, m, d] = iso.split("-");
  return `${d}/${m}/${y}`;
}
