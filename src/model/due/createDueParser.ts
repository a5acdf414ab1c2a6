import type { Cell } from "../grid";
import { readCell } from "./parseDue";
import { resolveContext } from "./period";
import { noneDue } from "./results";
import type { Due, DueOptions } from "./types";

/**
 * A cell reader that remembers what it has read. Plans repeat the same few strings ("Ongoing",
 * "May 2009") thousands of times, so repeats cost one Map lookup. Results are frozen because the
 * same object is handed to every caller.
 */

/** Past this many distinct values the cache starts again, bounding memory on huge inputs. */
export const DUE_CACHE_LIMIT = 100_000;

const EMPTY_DUE: Due = Object.freeze(noneDue(""));

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
