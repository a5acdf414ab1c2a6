/** A cell's text for a message or a list: on one line, cut with "…" past `max` characters. */
export function oneLine(text: string, max = 80): string {
  const one = text.replace(/\s+/g, " ").trim();
  return one.length > max ? `${one.slice(0, max - 1)}…` : one;
}
