/** Shared by the PLAN.* function tests: catching the errors they throw, and cells as Excel passes them. */
import { isoToSerial } from "../../src/model/excelDate";
import type { Cell, DateSystem, Grid } from "../../src/model/grid";

export interface Thrown {
  code: string;
  message: string;
}

/** The { code, message } a function threw; fails the test when it returned instead. */
export function thrown(call: () => unknown): Thrown {
  let result: unknown;
  try {
    result = call();
  } catch (e) {
    const { code, message } = e as Thrown;
    return { code, message };
  }
  throw new Error(`expected an error, got ${JSON.stringify(result)}`);
}

/** A cell's value as Excel passes it to a custom function: a date as its serial, an empty cell as "". */
export function excelValue(cell: Cell | undefined, system: DateSystem): unknown {
  if (cell === undefined) return "";
  switch (cell.kind) {
    case "empty":
      return "";
    case "date":
      return isoToSerial(cell.value, system);
    case "error":
      return { code: cell.value };
    default:
      return cell.value;
  }
}

/** A sheet from A1 to its last used row and column, as the 2-D array Excel passes for that range. */
export function excelRange(grid: Grid): unknown[][] {
  const width = Math.max(1, ...grid.rows.map((r) => r.length));
  return grid.rows.map((row) => Array.from({ length: width }, (_, c) => excelValue(row[c], grid.dateSystem)));
}

/** A one-column range, as Excel passes E5:E9. */
export const column = (...values: unknown[]): unknown[][] => values.map((v) => [v]);
