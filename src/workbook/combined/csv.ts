/**
 * The Combined sheet as CSV: UTF-8 with a byte-order mark (so Excel reads it as UTF-8), CRLF line ends,
 * RFC 4180 quoting, the same columns in the same order. Flags are the values (a CSV has no formulas);
 * dates are ISO (YYYY-MM-DD), booleans TRUE/FALSE, fractions plain numbers.
 *
 * A text starting with =, +, -, @, tab or carriage return is prefixed with a single quote, so a
 * spreadsheet opening the file cannot take it for a formula (OWASP's CSV injection advice). Numbers are
 * written as numbers, never prefixed.
 */
import type { CombinedView } from "../../model/combine/types";
import { combinedColumns, isFormula, shownValue, type Value } from "./columns";

const BOM = "\uFEFF";
const CRLF = "\r\n";
const RISKY_START = /^[=+\-@\t\r]/;

/** One field: prefixed when it could be read as a formula, quoted when it holds a quote, comma or line break. */
export function csvField(v: Value): string {
  if (v === null) return "";
  if (isFormula(v)) return csvField(v.result);
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  if (typeof v === "number") return Number.isFinite(v) ? String(v) : "";
  const text = RISKY_START.test(v) ? `'${v}` : v;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function combinedCsv(view: CombinedView): string {
  const columns = combinedColumns(view);
  const lines: string[] = [columns.map((c) => csvField(c.header)).join(",")];
  view.rows.forEach((row, i) => {
    lines.push(columns.map((c) => csvField(shownValue(c, row, i + 2))).join(","));
  });
  return BOM + lines.join(CRLF) + CRLF;
}
