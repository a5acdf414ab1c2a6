import { parseA1 } from "../model/a1";

/**
 * Where a range argument starts on its sheet, from the address Excel gives a function tagged
 * @requiresParameterAddresses (CustomFunctionsRuntime 1.3: Excel 2021 and later, Microsoft 365, the web, Mac
 * from 16.40): "Plan!C5:H40", "'Latest plan'!C5", "Plan!C:H" or "Plan!5:40". Without one — an older Excel, or
 * an argument that is not a reference, such as another function's answer — the range counts from A1.
 */

/** A 0-based row and column. */
export interface Origin {
  row: number;
  col: number;
}

export const TOP_LEFT: Origin = Object.freeze({ row: 0, col: 0 });

// The sheet part: a name in quotes (a quote doubled inside), or one without; then "!".
const SHEET = /^(?:'(?:[^']|'')*'|[^'!]*)!/;
const COLUMNS = /^\$?([A-Za-z]{1,3}):\$?[A-Za-z]{1,3}$/;
const ROWS = /^\$?(\d{1,7}):\$?\d{1,7}$/;

/** The top-left of the range at `address`; A1 when there is no address Excel could have given. */
export function originOf(address: unknown): Origin {
  if (typeof address !== "string") return TOP_LEFT;
  const where = address.trim().replace(SHEET, "");
  const columns = COLUMNS.exec(where);
  if (columns) return parseA1(`${columns[1]}1`) ?? TOP_LEFT;
  const rows = ROWS.exec(where);
  if (rows) return Number(rows[1]) >= 1 ? { row: Number(rows[1]) - 1, col: 0 } : TOP_LEFT;
  return parseA1(where.split(":")[0]) ?? TOP_LEFT;
}
