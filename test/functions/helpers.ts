/** Shared by the PLAN.* function tests: catching the errors they throw, and the cells Excel holds and shows. */
import { isoToSerial } from "../../src/model/excelDate";
import type { Cell, DateSystem, Grid } from "../../src/model/grid";
import type { Profile, SheetValue, ShownValue } from "./excelCalls";

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

/** What a sheet's cell holds, as the model of Excel takes it: a date as its serial, an empty cell as null. */
export function sheetValue(cell: Cell | undefined, system: DateSystem): SheetValue {
  if (cell === undefined) return null;
  switch (cell.kind) {
    case "empty":
      return null;
    case "date":
      return isoToSerial(cell.value, system);
    case "error":
      return { error: cell.value };
    default:
      return cell.value;
  }
}

/** A sheet from A1 to its last used row and column, as the cells of that range. */
export function sheetRange(grid: Grid): SheetValue[][] {
  const width = Math.max(1, ...grid.rows.map((r) => r.length));
  return grid.rows.map((row) => Array.from({ length: width }, (_, c) => sheetValue(row[c], grid.dateSystem)));
}

/** A one-column range, as E5:E9 holds it. */
export const column = (...values: SheetValue[]): SheetValue[][] => values.map((v) => [v]);

/** How a deadline's serial shows: a UK date where the host has CustomFunctionsRuntime 1.4, else the number. */
export function dateShown(profile: Profile, serial: number): ShownValue {
  return profile.runtime === "1.4" ? { type: "Double", basicValue: serial, numberFormat: "dd/mm/yyyy" } : serial;
}
