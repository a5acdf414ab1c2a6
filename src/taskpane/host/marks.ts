/**
 * Highlighting problem cells. Each mark is a conditional-format rule over the marked cells (see
 * conditionalFormats.ts), one rule per sheet, severity and address list, coloured by severity; the cells'
 * own values and formatting are never changed. Marking a sheet again replaces its earlier marks; clearMarks
 * removes PlanCheck's mark rules from every sheet and leaves every other rule alone.
 */
import { a1, parseA1 } from "../../model/a1";
import type { Severity } from "../../model/findings";
import type { CellMark } from "../hostApi";
import { SyncBatch } from "./chunking";
import { isMarkFormula, markFormula, MARK_FILLS } from "./conditionalFormats";

/** Longest address list passed to getRanges in one call. */
export const MAX_ADDRESS = 2_000;
/** Severities in the order their rules are added: each new rule goes on top, so errors show over warnings. */
const SEVERITY_ORDER: readonly Severity[] = ["info", "warning", "error"];

/** The marked cells as areas, a column at a time with consecutive rows joined: ["F5:F9", "G2"]. */
export function markAreas(cells: readonly string[]): string[] {
  const byColumn = new Map<number, Set<number>>();
  for (const cell of cells) {
    const p = parseA1(cell);
    if (!p) continue;
    let rows = byColumn.get(p.col);
    if (!rows) byColumn.set(p.col, (rows = new Set()));
    rows.add(p.row);
  }
  const areas: string[] = [];
  for (const col of [...byColumn.keys()].sort((a, b) => a - b)) {
    const rows = [...(byColumn.get(col) ?? [])].sort((a, b) => a - b);
    for (let i = 0; i < rows.length; ) {
      let j = i;
      while (j + 1 < rows.length && rows[j + 1] === rows[j] + 1) j++;
      areas.push(i === j ? a1(rows[i], col) : `${a1(rows[i], col)}:${a1(rows[j], col)}`);
      i = j + 1;
    }
  }
  return areas;
}

/** Areas joined with commas into lists of at most `max` characters. */
export function addressLists(areas: readonly string[], max = MAX_ADDRESS): string[] {
  const lists: string[] = [];
  let current = "";
  for (const area of areas) {
    if (current !== "" && current.length + 1 + area.length > max) {
      lists.push(current);
      current = "";
    }
    current = current === "" ? area : `${current},${area}`;
  }
  if (current !== "") lists.push(current);
  return lists;
}

/** Finds PlanCheck's mark rules on `sheets` (two syncs) and queues their deletion. */
async function removeMarks(context: Excel.RequestContext, batch: SyncBatch, sheets: readonly Excel.Worksheet[]): Promise<void> {
  const collections = sheets.map((sheet) => {
    const formats = sheet.getRange().conditionalFormats;
    formats.load("items/type");
    return formats;
  });
  await context.sync();
  const custom = collections.flatMap((formats) => formats.items.filter((cf) => cf.type === "Custom"));
  if (custom.length === 0) return;
  for (const cf of custom) cf.custom.rule.load("formula");
  await context.sync();
  for (const cf of custom) if (isMarkFormula(cf.custom.rule.formula)) await batch.add(0, () => cf.delete());
}

/** Marks `marks`, replacing the earlier marks on the sheets they are on. */
export async function markCells(context: Excel.RequestContext, marks: readonly CellMark[]): Promise<void> {
  const bySheet = new Map<string, Map<Severity, string[]>>();
  for (const m of marks) {
    let bySeverity = bySheet.get(m.sheet);
    if (!bySeverity) bySheet.set(m.sheet, (bySeverity = new Map()));
    let cells = bySeverity.get(m.severity);
    if (!cells) bySeverity.set(m.severity, (cells = []));
    cells.push(m.cell);
  }
  const sheets = [...bySheet.keys()].map((name) => context.workbook.worksheets.getItem(name));
  const batch = new SyncBatch(context);
  await removeMarks(context, batch, sheets);
  for (const [i, bySeverity] of [...bySheet.values()].entries()) {
    for (const severity of SEVERITY_ORDER) {
      for (const list of addressLists(markAreas(bySeverity.get(severity) ?? []))) {
        await batch.add(list.length, () => {
          const cf = sheets[i].getRanges(list).conditionalFormats.add("Custom");
          cf.custom.rule.formula = markFormula(severity);
          cf.custom.format.fill.color = MARK_FILLS[severity];
        });
      }
    }
  }
  await batch.flush();
}

/** Removes every PlanCheck mark from every sheet, and nothing else. */
export async function clearMarks(context: Excel.RequestContext): Promise<void> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name");
  await context.sync();
  const batch = new SyncBatch(context);
  await removeMarks(context, batch, worksheets.items);
  await batch.flush();
}
