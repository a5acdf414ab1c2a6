/**
 * An in-memory PlanHost for the pane's component tests: sheets are grids made from text rows, every call is
 * recorded, any method can be made to fail, and `hold` keeps a method pending so a test can see the
 * loading state.
 */
import type { CombinedView, Grid, Template } from "../../../src/model";
import { savedTemplatesFrom, withSavedTemplate } from "../../../src/taskpane/files/savedTemplates";
import type { CellMark, FlagColumnsRequest, HostKind, PaneSettings, PlanHost, TemplateFile } from "../../../src/taskpane/hostApi";

/** A sheet from rows of text (null = empty cell), starting at A1. */
export function gridOf(name: string, rows: (string | null)[][]): Grid {
  return {
    name,
    rows: rows.map((cells) => cells.map((value) => (value === null ? { kind: "empty" as const } : { kind: "text" as const, value }))),
    merges: [],
    dateSystem: 1900,
  };
}

/** A small plan: title row, header on row 3, four actions; C6 has no lead, D7's due date cannot be read. */
export const PLAN = gridOf("Action Plan", [
  ["Craven action plan 2010"],
  [],
  ["Priority workstream", "Action", "Lead officer", "Deadline", "Status"],
  ["Engagement", "Draft framework adopted", "Head of Policy", "30 April 2009", "Complete"],
  ["Engagement", "Area structures in place", "CSP manager", "31 March 2010", "In progress"],
  ["Engagement", "Principles agreed", null, "30 September 2010", "Not started"],
  ["Engagement", "Consultation database", "Head of Policy", "When funding allows", "In progress"],
]);

/** A sheet with no plan table. */
export const NOTES = gridOf("Notes", [["Instructions"], ["Fill in one row per action."]]);

type Method = Exclude<keyof PlanHost, "kind">;

export class FakeHost implements PlanHost {
  readonly calls: { method: Method; args: unknown[] }[] = [];
  settings: PaneSettings = { asOf: "2010-07-01", amberDays: 14, quarters: "calendar" };
  readonly failures = new Map<Method, Error>();
  /** Saved templates as a host keeps them: stored as JSON, read back through savedTemplatesFrom. */
  storedTemplates = "[]";
  /** Files handed over by exportTemplate. */
  readonly exported: TemplateFile[] = [];
  private readonly held = new Map<Method, Promise<void>>();
  private readonly release = new Map<Method, () => void>();

  constructor(
    readonly sheets: Grid[] = [PLAN, NOTES],
    public active: string | null = sheets[0]?.name ?? null,
    readonly kind: HostKind = "excel",
  ) {}

  /** Keeps `method` pending until `free(method)`. */
  hold(method: Method): void {
    this.held.set(method, new Promise<void>((resolve) => this.release.set(method, resolve)));
  }

  free(method: Method): void {
    this.release.get(method)?.();
    this.held.delete(method);
  }

  callsOf(method: Method): unknown[][] {
    return this.calls.filter((c) => c.method === method).map((c) => c.args);
  }

  private async call<T>(method: Method, args: unknown[], result: () => T): Promise<T> {
    this.calls.push({ method, args });
    await this.held.get(method);
    const failure = this.failures.get(method);
    if (failure) throw failure;
    return result();
  }

  sheetNames = () => this.call("sheetNames", [], () => this.sheets.map((s) => s.name));
  activeSheetName = () => this.call("activeSheetName", [], () => this.active);
  readSheet = (name: string) =>
    this.call("readSheet", [name], () => {
      const grid = this.sheets.find((s) => s.name === name);
      if (!grid) throw new Error(`no sheet ${name}`);
      return grid;
    });
  selectCell = (sheet: string, cell: string) => this.call("selectCell", [sheet, cell], () => undefined);
  markCells = (marks: readonly CellMark[]) => this.call("markCells", [marks], () => undefined);
  clearMarks = () => this.call("clearMarks", [], () => undefined);
  loadSettings = () => this.call("loadSettings", [], () => ({ ...this.settings }));
  saveSettings = (settings: PaneSettings) =>
    this.call("saveSettings", [settings], () => {
      this.settings = settings;
    });
  addFlagColumns = (request: FlagColumnsRequest) => this.call("addFlagColumns", [request], () => undefined);
  loadTemplates = () => this.call("loadTemplates", [], () => savedTemplatesFrom(JSON.parse(this.storedTemplates)));
  saveTemplate = (template: Template) =>
    this.call("saveTemplate", [template], () => {
      this.storedTemplates = JSON.stringify(withSavedTemplate(savedTemplatesFrom(JSON.parse(this.storedTemplates)), template));
      return "in this workbook";
    });
  exportTemplate = (file: TemplateFile) =>
    this.call("exportTemplate", [file], () => {
      this.exported.push(file);
      return `downloaded as "${file.name}"`;
    });
  /** Templates handed to writeReturnWorkbook. */
  readonly returns: Template[] = [];
  writeReturnWorkbook = (template: Template) =>
    this.call("writeReturnWorkbook", [template], () => {
      this.returns.push(template);
      return "opened as a new workbook";
    });
  writeCombined = (view: CombinedView) => this.call("writeCombined", [view], () => "written to the Combined, Summary, Issues and About sheets");
}
