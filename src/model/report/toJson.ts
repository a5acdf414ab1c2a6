import { a1 } from "../a1";
import type { RowReport, SheetReport } from "../analyse/types";
import type { Role } from "../templates/types";

/** A1 address of each of a row's cells, by role. */
export function cellsOf(r: RowReport): Partial<Record<Role, string>> {
  const cells: Partial<Record<Role, string>> = {};
  for (const role in r.cols) cells[role as Role] = a1(r.row - 1, r.cols[role as Role] as number);
  return cells;
}
import type { RunReport } from "./types";

/** The documented `--json` shape (see README): stable keys first, extra detail after. */
export function runToJson(run: RunReport): unknown {
  return {
    asOf: run.asOf,
    amberDays: run.amberDays,
    quarters: run.quarters,
    files: run.files.map((f) => ({
      file: f.file,
      error: f.error,
      warnings: f.warnings,
      sheets: f.sheets.map(sheetToJson),
    })),
    summary: run.summary,
  };
}

function sheetToJson(s: SheetReport): unknown {
  return {
    name: s.name,
    template: s.template?.name ?? null,
    headerRow: s.headerRow,
    rows: s.rows.map(rowToJson),
    findings: s.findings,
    summary: s.summary,
    hidden: s.hidden,
    templateMatch: s.template,
    tables: s.tables,
  };
}

function rowToJson(r: RowReport): unknown {
  const { text, kind, start, end, reading } = r.due;
  return {
    row: r.row,
    section: r.section,
    action: r.action,
    owner: r.owner,
    due: { text, kind, start, end, ...(reading ? { reading } : {}) },
    status: r.status,
    complete: r.complete,
    completedBy: r.completedBy,
    overdue: r.overdue,
    daysOverdue: r.daysOverdue,
    rag: r.rag,
    table: r.table,
    objective: r.objective,
    notes: r.notes,
    cells: cellsOf(r),
    extras: r.extras,
  };
}
