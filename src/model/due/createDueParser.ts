import type { Cell } from "../grid";
import { readCell } from "./parseDue";
import { resolveContext } from "./period";
import { noneDue } from "./results";
import type { DayOrderOptions, Due, DueOptions } from "./types";

/**
 * A cell reader that remembers what it has read. Plans repeat the same few strings ("Ongoing",
 * "May 2009") thousands of times, so repeats cost one Map lookup. Results are frozen because the
 * same object is handed to every caller.
 */

/** Past this many distinct values the cache starts again, bounding memory on huge inputs. */
export const DUE_CACHE_LIMIT = 100_000;

const EMPTY_DUE: Due = Object.freeze(noneDue(""));

/** Past this many day orders (each column read month first has its own reason) the set starts again. */
const ORDER_LIMIT = 64;

/**
 * Due readers for one run: called with no argument, the run's default reader; with a column's day order
 * (see dayOrder.ts), a reader for that order, made once and remembered like the values it reads.
 */
export function createDueParsers(options?: DueOptions): (order?: DayOrderOptions) => (cell: Cell) => Due {
  const standard = createDueParser(options);
  const byOrder = new Map<string, (cell: Cell) => Due>();
  return (order) => {
    if (order?.dayOrder === undefined && order?.dayOrderWhy === undefined) return standard;
    const key = `${order.dayOrder ?? ""}|${order.dayOrderWhy ?? ""}`;
    let read = byOrder.get(key);
    if (!read) {
      if (byOrder.size >= ORDER_LIMIT) byOrder.clear();
      read = createDueParser({ ...options, ...order });
      byOrder.set(key, read);
    }
    return read;
  };
}

export function createDueParser(options?: DueOptions): (cell: Cell) => Due {
  const ctx = resolveContext(options);
  // One map per value type, so text "40268" and the number 40268 never share an entry.
  const texts = new Map<string, Due>();
  const numbers = new Map<number, Due>();
  const dates = new Map<string, Due>();

  function remember<K>(map: Map<K, Due>, key: K, cell: Cell): Due {
    const hit = map.get(key);
    if (hit) return hit;
    if (texts.size + numbers.size + dates.size >= DUE_CACHE_LIMIT) {
      texts.clear();
      numbers.clear();
      dates.clear();
    }
    const due: Due = Object.freeze(readCell(cell, ctx));
    map.set(key, due);
    return due;
  }

  return (cell: Cell): Due => {
    switch (cell.kind) {
      case "empty":
        return EMPTY_DUE;
      case "text":
        return remember(texts, cell.value, cell);
      case "number":
        return remember(numbers, cell.value, cell);
      case "date":
        return remember(dates, cell.value, cell);
      default:
        return readCell(cell, ctx);
    }
  };
}
