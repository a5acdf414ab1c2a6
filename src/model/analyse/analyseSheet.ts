import { a1 } from "../a1";
import { cellAt, cellText, type Cell, type Grid } from "../grid";
import { createDueParser } from "../due/createDueParser";
import type { Due } from "../due/types";
import type { Finding } from "../findings";
import { computeFlags } from "../flags/computeFlags";
import { createStatusParser } from "../status/parseStatus";
import type { Status } from "../status/types";
import { accountRows } from "../table/accountRows";
import { detectTables } from "../table/detectTables";
import type { PlanRow, PlanTable } from "../table/types";
import { BUILTIN_TEMPLATES } from "../templates/builtins";
import type { Role, Template } from "../templates/types";
import { chooseTemplate, matchTemplate, type TemplateChoice } from "./chooseTemplate";
import { headerFindings } from "./headerFindings";
import { rowFindings } from "./rowFindings";
import { summarise } from "./summarise";
import type { AnalyseOptions, RowReport, SheetReport, TableReport, TemplateMatch } from "./types";

/** Parsers shared by every sheet of one run, so repeated texts are parsed once. */
export interface Parsers {
  due: (cell: Cell) => Due;
  status: (cell: Cell) => Status;
}

export function createParsers(options: Pick<AnalyseOptions, "quarters">, dateSystem: 1900 | 1904 = 1900): Parsers {
  return { due: createDueParser({ quarters: options.quarters, dateSystem }), status: createStatusParser() };
}

/** Finds a sheet's plan tables, reads every action row, flags it as of the date and lists the findings. */
export function analyseSheet(grid: Grid, options: AnalyseOptions, parsers = createParsers(options, grid.dateSystem)): SheetReport {
  const choice = pickTemplate(grid, options);
  const empty: SheetReport = {
    name: grid.name,
    hidden: grid.hidden === true,
    template: null,
    headerRow: null,
    tables: [],
    rows: [],
    findings: [],
    summary: summarise([]),
    rowsRead: 0,
    skipped: [],
  };
  if (!choice) return { ...empty, ...accountRows(grid, []), findings: [noTableFinding(grid, options)] };

  const template = choice.compiled.template;
  const tables = detectTables(grid, choice.compiled, choice.headers);
  const findings: Finding[] = [];
  const rows: RowReport[] = [];
  const tableReports: TableReport[] = tables.map((table, index) => {
    findings.push(...headerFindings(grid.name, table, template));
    const tableRows = table.rows.map((planRow) => {
      const report = rowReport(planRow, index, options, parsers);
      findings.push(...rowFindings(grid.name, planRow, template, report.due, report.status));
      return report;
    });
    rows.push(...tableRows);
    return tableReport(grid, table, tableRows);
  });
  findings.push(...assessabilityFindings(grid.name, tables, template));
  findings.sort((a, b) => severityRank(a.severity) - severityRank(b.severity));
  return {
    ...empty,
    template: templateMatch(choice, options.template !== undefined),
    headerRow: tables.length > 0 ? tables[0].header.row + 1 : null,
    tables: tableReports,
    rows,
    findings,
    summary: summarise(rows),
    ...accountRows(grid, tables),
  };
}

function pickTemplate(grid: Grid, options: AnalyseOptions): TemplateChoice | undefined {
  return options.template ? matchTemplate(grid, options.template, true) : chooseTemplate(grid, options.templates ?? BUILTIN_TEMPLATES);
}

const severityRank = (s: Finding["severity"]) => (s === "error" ? 0 : s === "warning" ? 1 : 2);

function text(cell: Cell | undefined): string | null {
  const t = cell ? cellText(cell) : "";
  return t === "" ? null : t;
}

const NO_EXTRAS: Record<string, string> = Object.freeze({}) as Record<string, string>;

function rowReport(row: PlanRow, table: number, options: AnalyseOptions, parsers: Parsers): RowReport {
  const empty: Cell = { kind: "empty" };
  const due = parsers.due(row.values.due ?? empty);
  const status = parsers.status(row.values.status ?? empty);
  const flags = computeFlags(due, status, { asOf: options.asOf, amberDays: options.amberDays });
  const values: Partial<Record<Role, string>> = {};
  for (const role in row.values) {
    const t = text(row.values[role as Role]);
    if (t !== null) values[role as Role] = t;
  }
  const extras: Record<string, string> = row.extras.length === 0 ? NO_EXTRAS : {};
  for (const e of row.extras) extras[e.label] = cellText(e.cell);
  return {
    row: row.row + 1,
    table,
    section: row.section,
    action: values.action ?? values.objective ?? "",
    objective: values.objective ?? null,
    owner: values.owner ?? null,
    due,
    status,
    ...flags,
    notes: values.notes ?? values.progress ?? null,
    values,
    cols: row.cols,
    extras,
  };
}

function tableReport(grid: Grid, table: PlanTable, rows: RowReport[]): TableReport {
  const { header } = table;
  return {
    headerRow: header.row + 1,
    headerCell: a1(header.row, header.firstCol),
    columns: header.columns.map((c) => ({ label: c.label, cell: a1(header.row, c.col), role: c.field?.role ?? null, why: c.why })),
    alternatives: header.alternatives.map((a) => ({ role: a.role, label: a.label, cell: a1(header.row, a.col), why: a.why })),
    planCheckColumns: header.flagCols.map((col) => ({ label: text(cellAt(grid, header.row, col)) ?? "", cell: a1(header.row, col) })),
    repeatedHeaderRows: table.repeatedHeaders.map((r) => r + 1),
    rowCount: rows.length,
    summary: summarise(rows),
  };
}

function templateMatch(choice: TemplateChoice, chosen: boolean): TemplateMatch {
  const best = choice.headers.reduce((a, b) => (b.score > a.score ? b : a));
  const template = choice.compiled.template;
  return {
    name: template.name,
    title: template.title,
    score: choice.score,
    matchedColumns: best.columns.filter((c) => c.field).length,
    columns: best.columns.length,
    requiredFound: best.requiredFound,
    requiredTotal: best.requiredTotal,
    chosen,
  };
}

/** Says so when a plan cannot be assessed for completion or lateness, instead of guessing. */
function assessabilityFindings(sheet: string, tables: PlanTable[], template: Template): Finding[] {
  if (tables.length === 0) return [];
  const header = tables[0].header;
  const cell = a1(header.row, header.firstCol);
  const findings: Finding[] = [];
  const hasDue = tables.some((t) => t.header.byRole.has("due"));
  if (!tables.some((t) => t.header.byRole.has("status"))) {
    const lateness = hasDue
      ? "; actions past their due date are flagged overdue because nothing records them as done"
      : "";
    findings.push({
      code: "no-status-column",
      severity: "info",
      sheet,
      cell,
      field: "status",
      message: `This plan has no status column, so completion cannot be assessed${lateness}.`,
      hint: `Add a status column (e.g. "Status" or "Achieved?") to record progress${template.fields.some((f) => f.role === "status") ? "" : "; the template has none either"}.`,
    });
  }
  if (!hasDue) {
    findings.push({
      code: "no-due-column",
      severity: "info",
      sheet,
      cell,
      field: "due",
      message: "This plan has no due-date column, so no action can be flagged overdue or due soon.",
      hint: 'Add a column such as "Due", "Deadline" or "Timescale" with a date for each action.',
    });
  }
  return findings;
}

function noTableFinding(grid: Grid, options: AnalyseOptions): Finding {
  const which = options.template ? `template "${options.template.name}"` : "any template";
  return {
    code: "no-table",
    severity: "info",
    sheet: grid.name,
    cell: null,
    field: null,
    message: `No plan table found on sheet "${grid.name}": no row has the column headings of ${which}.`,
    hint: "If this sheet holds a plan, give its table a header row such as Action | Lead | Due | Status; otherwise nothing needs doing.",
  };
}
