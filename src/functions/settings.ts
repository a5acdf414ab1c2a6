import type { DateSystem } from "../model/grid";

/**
 * The workbook's date system. Excel hands a date cell to a custom function as its serial number, and in a
 * 1904 workbook (old Mac files) that number counts from 1 Jan 1904, not 1900: read with the wrong system,
 * every date is four years out. Functions cannot ask Excel which system the workbook uses, so the add-in
 * host tells them once the workbook is open (src/taskpane/host/excelHost.ts asks Excel with
 * `context.workbook.functions.date(2010, 7, 1)`, which is 40360 in a 1900 workbook and 38898 in a 1904 one).
 * Until then, 1900 (Excel's default).
 *
 * The setting lives on the page's global object under a registered symbol, not in this module: the custom
 * functions (functions.js) and the task pane (taskpane.js) are separate bundles, each with its own copy of
 * this module, sharing one page in the shared runtime.
 *
 * DUE returns serials in this system, and as_of serials are read in it too. Caches keyed on a reading of
 * a serial include the system (see parsers.ts), so changing it never serves an answer read the old way.
 */

const SLOT = Symbol.for("PlanCheck.workbookDateSystem");
const page = globalThis as { [SLOT]?: DateSystem };

export function workbookDateSystem(): DateSystem {
  return page[SLOT] ?? 1900;
}

export function setWorkbookDateSystem(system: DateSystem): void {
  if (system !== 1900 && system !== 1904) throw new RangeError(`date system must be 1900 or 1904, got ${String(system)}`);
  page[SLOT] = system;
}
