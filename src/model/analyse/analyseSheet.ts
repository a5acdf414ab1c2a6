import { a1 } from "../a1";
import { cellAt, cellText, type Cell, type Grid } from "../grid";
import { createDueParsers } from "../due/createDueParser";
import type { DayOrderOptions, Due } from "../due/types";
import type { Finding } from "../findings";
import { oneLine } from "../oneLine";
import { computeFlags } from "../flags/computeFlags";
import { readCompleted, rowCompletion } from "../flags/rowCompletion";
import { createStatusParser } from "../status/parseStatus";
import type { Status } from "../status/types";
import { isReturnInstructions } from "../returnTemplate/instructionsSheet";
import { accountRows } from "../table/accountRows";
import { bestCandidateHeader } from "../table/candidateHeader";
import { isChangeLogHeader } from "../table/changeLog";
import { compileTemplate } from "../table/compileTemplate";
import { detectTables } from "../table/detectTables";
import type { PlanRow, PlanTable } from "../table/types";
import { BUILTIN_TEMPLATES } from "../templates/builtins";
import type { Role, Template } from "../templates/types";
import { chooseTemplate, matchTemplate, type TemplateChoice } from "./chooseTemplate";
import { columnDayOrder } from "./columnDayOrder";
import { headerFindings } from "./headerFindings";
import { rowFindings } from "./rowFindings";
import { summarise } from "./summarise";
import type { AnalyseOptions, RowReport, SheetReport, TableReport, TemplateMatch } from "./types";

/** Parsers shared by every sheet of one run, so repeated texts are parsed once. */
export interface Parsers {
  due: (cell: Cell) => Due;
  status: (cell: Cell) => Status;
  /** The due reader for a column whose values decided its day order (see columnDayOrder). */
  dueIn: (order: DayOrderOptions) => (cell: Cell) => Due;
}

export function createParsers(options: Pick<AnalyseOptions, "quarters">, dateSystem: 1900 | 1904 = 1900): Parsers {
  const dueIn = createDueParsers({ quarters: options.quarters, dateSystem });
  return { due: dueIn(), status: createStatusParser(), dueIn };
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
  // A district return's Instructions sheet is PlanCheck's own text, not the district's: left out.
  if (isReturnInstructions(grid)) return empty;
  const noPlan = () => ({ ...empty, ...accountRows(grid, []), findings: [noPlanFinding(grid, options)] });
  if (!choice) return noPlan();

  const template = choice.compiled.template;
  const tables = plansOnly(detectTables(grid, choice.compiled, choice.headers), options);
  if (tables.length === 0) return noPlan();
  const findings: Finding[] = [];
  const rows: RowReport[] = [];
  const tableReports: TableReport[] = tables.map((table, index) => {
    findings.push(...headerFindings(grid.name, table, template));
    const readDue = parsers.dueIn(columnDayOrder(table, "due"));
    const tableRows = table.rows.map((planRow) => {
      const report = rowReport(planRow, index, options, parsers, readDue, table.header.byRole.get("completed")?.label);
      findings.push(...rowFindings(grid.name, planRow, template, report.due, report.status));
      return report;
    });
    rows.push(...tableRows);
    return tableReport(grid, table, tableRows);
  });
  // A template nobody filled in needs filling in, not a status or due column.
  findings.push(...(rows.length === 0 ? [notFilledInFinding(grid, tables)] : assessabilityFindings(grid.name, tables, template)));
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

function rowReport(row: PlanRow, table: number, options: AnalyseOptions, parsers: Parsers, readDue: Parsers["due"], completedLabel?: string): RowReport {
  const empty: Cell = { kind: "empty" };
  const due = readDue(row.values.due ?? empty);
  const completed = row.values.completed ? readCompleted(row.values.completed, parsers.status, parsers.due) : null;
  const { status, completedBy } = rowCompletion(parsers.status(row.values.status ?? empty), completed, completedLabel);
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
    completedBy,
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
  // A completed field (a completion date, a resolution) records completion as well as a status column does.
  if (!tables.some((t) => t.header.byRole.has("status") || t.header.byRole.has("completed"))) {
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

/** A detected table whose header is a change log's or audit trail's is not a plan (a chosen template is obeyed). */
function plansOnly(tables: PlanTable[], options: AnalyseOptions): PlanTable[] {
  if (options.template) return tables;
  return tables.filter((t) => !isChangeLogHeader(t.header.columns.map((c) => c.label)));
}

/**
 * Why a sheet has no plan. An empty sheet, or one of prose and figures, has nothing to read: that is only
 * information. A sheet with a table PlanCheck could not place gets a warning naming the row that looked
 * most like its header and the labels no template knows, so the officer can map them.
 */
function noPlanFinding(grid: Grid, options: AnalyseOptions): Finding {
  const sheet = grid.name;
  const candidate = bestCandidateHeader(grid);
  const which = options.template ? `template "${options.template.name}"` : "any template";
  const info = (message: string): Finding => ({
    code: "no-table",
    severity: "info",
    sheet,
    cell: null,
    field: null,
    message,
    hint: "If this sheet holds a plan, give its table a header row such as Action | Lead | Due | Status; otherwise nothing needs doing.",
  });
  if (!candidate) return info(`No plan table found on sheet "${sheet}": no row has the column headings of ${which}.`);
  const labels = candidate.labels.map((l) => l.label);
  const shown = oneLine(labels.join(" | "), 120);
  const row = candidate.row + 1;
  if (isChangeLogHeader(labels)) {
    return info(`No plan table found on sheet "${sheet}": row ${row} (${shown}) heads a change log, not a plan.`);
  }
  const compiled = (options.template ? [options.template] : (options.templates ?? BUILTIN_TEMPLATES)).map(compileTemplate);
  const unplaced = labels.filter((label) => compiled.every((c) => c.lookup(label).length === 0));
  const why =
    unplaced.length > 0
      ? `PlanCheck could not place ${unplaced.map((l) => `"${oneLine(l, 40)}"`).join(", ")}`
      : "its headings do not make a plan";
  return {
    code: "no-plan",
    severity: "warning",
    sheet,
    cell: a1(candidate.row, candidate.labels[0].col),
    field: null,
    message: `No plan table found on sheet "${sheet}": row ${row} looks most like a header (${shown}), but ${why}.`,
    hint: "If this sheet holds a plan, name its columns in a template (--template FILE) or map them in the task pane's Columns view.",
  };
}

/** A plan table with a header but no action under it: a template nobody has filled in yet. */
function notFilledInFinding(grid: Grid, tables: PlanTable[]): Finding {
  const header = tables[0].header;
  const numbered = tables.reduce((n, t) => n + t.headings.filter((h) => h.kind === "numbering" || h.kind === "unfilled").length, 0);
  const detail = numbered > 0 ? ` (${numbered === 1 ? "1 row has" : `${numbered} rows have`} numbering or defaults but no action text)` : "";
  return {
    code: "not-filled-in",
    severity: "warning",
    sheet: grid.name,
    cell: a1(header.row, header.firstCol),
    field: "action",
    message: `Template not filled in: the plan table under row ${header.row + 1} has no actions${detail}.`,
    hint: "Write one action per row, or leave this sheet out.",
  };
}
