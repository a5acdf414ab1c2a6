/** Column widths from the content: the longest line in the column (header included), within bounds. */
import { isFormula, type Value } from "./columns";
import { MAX_WIDTH, MIN_WIDTH, type ColumnFormat } from "./styles";

/** Display length of a value in characters (the longest line of a text; 10 for a date). */
export function displayLength(v: Value, format: ColumnFormat): number {
  if (v === null) return 0;
  if (isFormula(v)) return displayLength(v.result, format);
  if (v instanceof Date) return format === "timestamp" ? 19 : 10;
  if (typeof v === "boolean") return 5;
  if (typeof v === "number") return format === "percent" ? 4 : String(v).length;
  let longest = 0;
  let start = 0;
  for (;;) {
    const end = v.indexOf("\n", start);
    const len = (end < 0 ? v.length : end) - start;
    if (len > longest) longest = len;
    if (end < 0 || longest >= MAX_WIDTH) return longest;
    start = end + 1;
  }
}

/** Tracks the widest value of each column as rows are added. */
export class WidthTracker {
  private readonly widths: number[];

  constructor(
    headers: readonly string[],
    private readonly formats: readonly ColumnFormat[],
  ) {
    // Room for the header's filter button.
    this.widths = headers.map((h) => h.length + 3);
  }

  /** Widens column `i` to fit `v`. */
  addValue(i: number, v: Value): void {
    const len = displayLength(v, this.formats[i]);
    if (len > this.widths[i]) this.widths[i] = len;
  }

  add(values: readonly Value[]): void {
    for (let i = 0; i < values.length; i++) {
      const len = displayLength(values[i], this.formats[i]);
      if (len > this.widths[i]) this.widths[i] = len;
    }
  }

  /** Widths in Excel character units: content + padding, at least MIN_WIDTH, at most MAX_WIDTH. */
  result(): number[] {
    return this.widths.map((w) => Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, w + 2)));
  }
}
