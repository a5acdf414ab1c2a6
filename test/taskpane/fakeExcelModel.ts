/**
 * The workbook behind the fake Excel (fakeExcel.ts): sheets of cells, formats, tables, names, conditional
 * formats, charts. Cells written through the API are read as Excel reads typed input — "=…" and "@…" are
 * formulas, "-5" and "2010" numbers, "30/04/2009" a date, "TRUE" a boolean, and a leading apostrophe keeps
 * the rest as text — so a writer that forgets to protect its text is caught.
 */
import { columnLetters } from "../../src/model/a1";

export const MAX_ROWS = 1_048_576;
export const MAX_COLS = 16_384;

export interface Rect {
  top: number;
  left: number;
  rows: number;
  cols: number;
}

export type Scalar = string | number | boolean;
/** A formula's result as Excel shows it: a value or an error value. */
export type FormulaResult = Scalar | { error: string };
/** A cell's content: a value, an error value, or a formula (text without "=") with its calculated result. */
export type Raw = Scalar | { error: string } | { formula: string; result?: FormulaResult };

/**
 * What Range.values shows for a cell: its value ("" when empty), an error's code, a formula's calculated
 * result; undefined for a formula that has not been calculated.
 */
export function shownValue(raw: Raw | undefined): Scalar | undefined {
  if (raw === undefined) return "";
  if (typeof raw !== "object") return raw;
  if ("error" in raw) return raw.error;
  const r = raw.result;
  return typeof r === "object" ? r.error : r;
}

export interface Format {
  numberFormat: string;
  bold: boolean;
  color: string;
  size: number;
  fill: string | null;
  wrap: boolean;
  hAlign: string;
  vAlign: string;
  borders: string;
}

export const DEFAULT_FORMAT: Format = { numberFormat: "General", bold: false, color: "#000000", size: 11, fill: null, wrap: false, hAlign: "General", vAlign: "Bottom", borders: "" };

/** Formats laid over a rectangle; `at` gives the properties a cell of it has (later layers win). */
export interface FormatLayer {
  rect: Rect;
  at: (row: number, col: number) => Partial<Format>;
}

export class FakeError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = "RichApi.Error";
  }
}

// ---------- addresses ----------

function colIndex(letters: string): number {
  let c = 0;
  for (const ch of letters.toUpperCase()) c = c * 26 + ch.charCodeAt(0) - 64;
  return c - 1;
}

/** "B2", "B2:D5", "A:C", "2:4" (no sheet prefix) → rectangle. */
export function parseAddress(address: string): Rect {
  const [a, b = a] = address.replace(/\$/g, "").trim().split(":");
  const part = (p: string) => /^([A-Za-z]{0,3})(\d*)$/.exec(p.trim());
  const pa = part(a);
  const pb = part(b);
  if (!pa || !pb || (!pa[1] && !pa[2]) || (!pb[1] && !pb[2])) throw new FakeError("InvalidArgument", `The address "${address}" is not valid.`);
  const top = pa[2] ? Number(pa[2]) - 1 : 0;
  const bottom = pb[2] ? Number(pb[2]) - 1 : MAX_ROWS - 1;
  const left = pa[1] ? colIndex(pa[1]) : 0;
  const right = pb[1] ? colIndex(pb[1]) : MAX_COLS - 1;
  return { top: Math.min(top, bottom), left: Math.min(left, right), rows: Math.abs(bottom - top) + 1, cols: Math.abs(right - left) + 1 };
}

export function rectAddress(r: Rect): string {
  const a = `${columnLetters(r.left)}${r.top + 1}`;
  return r.rows === 1 && r.cols === 1 ? a : `${a}:${columnLetters(r.left + r.cols - 1)}${r.top + r.rows}`;
}

export function sheetPrefix(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

export const contains = (outer: Rect, inner: Rect): boolean =>
  inner.top >= outer.top && inner.left >= outer.left && inner.top + inner.rows <= outer.top + outer.rows && inner.left + inner.cols <= outer.left + outer.cols;

export const intersects = (a: Rect, b: Rect): boolean =>
  a.top < b.top + b.rows && b.top < a.top + a.rows && a.left < b.left + b.cols && b.left < a.left + a.cols;

export const covers = (r: Rect, row: number, col: number): boolean => row >= r.top && row < r.top + r.rows && col >= r.left && col < r.left + r.cols;

/** Moves the relative references of a formula down by `rows` (as filling down does). */
export function shiftFormula(formula: string, rows: number): string {
  return formula.replace(/("[^"]*")|(\$?)\b([A-Z]{1,3})(\$?)(\d+)\b(?![(!\w])/g, (m, quoted: string | undefined, c$: string, col: string, r$: string, row: string) =>
    quoted !== undefined || r$ === "$" ? m : `${c$}${col}${r$}${Number(row) + rows}`,
  );
}

// ---------- typed input ----------

const MONTH = "(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?";
const DATE_LIKE = [/^\d{4}-\d{1,2}-\d{1,2}$/, /^\d{1,2}[/-]\d{1,2}[/-]\d{2,4}$/, new RegExp(`^${MONTH} \\d{4}$`, "i"), new RegExp(`^\\d{1,2} ${MONTH} \\d{2,4}$`, "i")];
const NUMBER_LIKE = /^[+-]?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?%?$/i;
const ERRORS = new Set(["#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A"]);

/** Excel's number format "Text": what is typed into such a cell is kept as text. */
export const TEXT_FORMAT = "@";

/**
 * What Excel stores for an input typed into a cell formatted `numberFormat` (through `values` or `formulas`,
 * which read their input alike); undefined clears the cell. A cell formatted as Text keeps what is written,
 * as text — formula text included, and (to be safe: whether Excel drops a quote prefix there is not
 * documented) a leading apostrophe too, so a writer must set a cell's format before writing into it.
 */
export function typedInput(input: unknown, numberFormat: string): Raw | undefined {
  if (typeof input === "number") {
    if (!Number.isFinite(input)) throw new FakeError("InvalidArgument", `${input} is not a value a cell can hold.`);
    return input;
  }
  if (typeof input === "boolean") return input;
  if (typeof input !== "string") throw new FakeError("InvalidArgument", `Cannot write ${JSON.stringify(input)} to a cell.`);
  if (input === "") return undefined;
  if (input.length > 32_767 + 1) throw new FakeError("InvalidArgument", "Text values are limited to 32,767 characters.");
  if (numberFormat === TEXT_FORMAT) return input;
  if (input.startsWith("'")) return input.slice(1);
  if (input.startsWith("=")) return { formula: input.slice(1) };
  const t = input.trim();
  if (NUMBER_LIKE.test(t)) return t.endsWith("%") ? Number(t.slice(0, -1)) / 100 : Number(t);
  if (input.startsWith("+") || input.startsWith("-") || input.startsWith("@")) return { formula: input.slice(1) };
  if (/^(true|false)$/i.test(t)) return t.toLowerCase() === "true";
  if (ERRORS.has(t.toUpperCase())) return { error: t.toUpperCase() };
  if (DATE_LIKE.some((re) => re.test(t))) return 40_000; // a date serial: the text is gone
  return input;
}

// ---------- the workbook ----------

export interface FakeTable {
  name: string;
  sheet: FakeSheet;
  rect: Rect;
  style: string;
  showBandedRows: boolean;
  showFilterButton: boolean;
}

export interface FakeConditionalFormat {
  id: string;
  rects: Rect[];
  type: "Custom" | "CellValue";
  formula?: string;
  rule?: { formula1: string; operator: string };
  fill?: string;
  fontColor?: string;
}

export interface FakeChart {
  type: string;
  source: Rect;
  seriesBy: string;
  title: string;
  legendVisible: boolean;
  xValues: Rect | null;
  position: string[];
}

export interface FakeName {
  name: string;
  /** The sheet the name refers to (null once that sheet is deleted). */
  sheet: FakeSheet | null;
  rect: Rect;
  comment: string;
  /** The sheet a sheet-scoped name belongs to (Worksheet.names); absent for a workbook name (Workbook.names). */
  scope?: FakeSheet;
}

export class FakeSheet {
  visibility: "Visible" | "Hidden" | "VeryHidden" = "Visible";
  readonly rows: (Raw | undefined)[][] = [];
  readonly layers: FormatLayer[] = [];
  merges: Rect[] = [];
  readonly conditionalFormats: FakeConditionalFormat[] = [];
  readonly customProperties = new Map<string, string>();
  readonly charts: FakeChart[] = [];
  readonly columnWidths = new Map<number, number>();
  frozen: { rows: number; cols: number } | null = null;

  constructor(
    public name: string,
    readonly workbook: FakeWorkbook,
  ) {}

  raw(row: number, col: number): Raw | undefined {
    return this.rows[row]?.[col];
  }

  setRaw(row: number, col: number, value: Raw | undefined): void {
    if (value === undefined) {
      const r = this.rows[row];
      if (r && col < r.length) r[col] = undefined;
      return;
    }
    (this.rows[row] ??= [])[col] = value;
  }

  format(row: number, col: number): Format {
    const f: Format = { ...DEFAULT_FORMAT };
    for (const layer of this.layers) if (covers(layer.rect, row, col)) Object.assign(f, layer.at(row, col));
    return f;
  }

  addFormat(rect: Rect, props: Partial<Format>): void {
    this.layers.push({ rect, at: () => props });
  }

  /** The smallest rectangle inside `within` holding every cell with a value, or null. */
  usedRect(within: Rect): Rect | null {
    let top = -1;
    let bottom = -1;
    let left = Infinity;
    let right = -1;
    const last = Math.min(this.rows.length, within.top + within.rows);
    for (let r = within.top; r < last; r++) {
      const row = this.rows[r];
      if (!row) continue;
      const end = Math.min(row.length, within.left + within.cols);
      for (let c = within.left; c < end; c++) {
        if (row[c] === undefined) continue;
        if (top < 0) top = r;
        bottom = r;
        if (c < left) left = c;
        if (c > right) right = c;
      }
    }
    return top < 0 ? null : { top, left, rows: bottom - top + 1, cols: right - left + 1 };
  }

  get tables(): FakeTable[] {
    return this.workbook.tables.filter((t) => t.sheet === this);
  }
}

export class FakeWorkbook {
  readonly sheets: FakeSheet[] = [];
  readonly tables: FakeTable[] = [];
  readonly names: FakeName[] = [];
  active: FakeSheet | null = null;
  selection: { sheet: FakeSheet; rect: Rect } | null = null;
  private nextId = 1;

  /** Set when a calculation stored formulas' results; a change made through the API makes them stale. */
  calculated = false;

  constructor(readonly dateSystem: 1900 | 1904 = 1900) {}

  /** Forgets every formula's result (Excel would recalculate them: the fake cannot show stale ones). */
  dropResults(): void {
    for (const sheet of this.sheets) {
      for (const row of sheet.rows) {
        if (!row) continue;
        for (let c = 0; c < row.length; c++) {
          const raw = row[c];
          if (raw !== undefined && typeof raw === "object" && "formula" in raw && raw.result !== undefined) row[c] = { formula: raw.formula };
        }
      }
    }
    this.calculated = false;
  }

  id(): string {
    return `{${String(this.nextId++).padStart(8, "0")}}`;
  }

  sheet(name: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  addSheet(name: string): FakeSheet {
    if (!name || name.length > 31 || /[:\\/?*[\]]/.test(name)) throw new FakeError("InvalidArgument", `"${name}" is not a valid sheet name.`);
    if (this.sheet(name)) throw new FakeError("ItemAlreadyExists", `A sheet called "${name}" already exists.`);
    const sheet = new FakeSheet(name, this);
    this.sheets.push(sheet);
    this.active ??= sheet;
    return sheet;
  }

  deleteSheet(sheet: FakeSheet): void {
    if (!this.sheets.some((s) => s !== sheet && s.visibility === "Visible")) throw new FakeError("InvalidOperation", "A workbook must keep at least one visible sheet.");
    this.sheets.splice(this.sheets.indexOf(sheet), 1);
    for (const t of sheet.tables) this.tables.splice(this.tables.indexOf(t), 1);
    // The sheet's own (sheet-scoped) names go with it; names elsewhere that referred to it become #REF!.
    for (const n of this.names.filter((x) => x.scope === sheet)) this.names.splice(this.names.indexOf(n), 1);
    for (const n of this.names) if (n.sheet === sheet) n.sheet = null;
    if (this.active === sheet) this.active = this.sheets.find((s) => s.visibility === "Visible") ?? null;
  }

  /**
   * Table and defined names share one namespace, compared ignoring case: a table name clashes with every
   * table and with a defined name of any scope; a defined name with the tables and the names of its own scope
   * (`scope`: a sheet for a sheet-scoped name, null for a workbook name; undefined: a table's name).
   */
  nameTaken(name: string, scope?: FakeSheet | null): boolean {
    const n = name.toLowerCase();
    if (this.tables.some((t) => t.name.toLowerCase() === n)) return true;
    return this.names.some((x) => x.name.toLowerCase() === n && (scope === undefined || (x.scope ?? null) === scope));
  }

  /** The workbook's names (scope null) or a sheet's own names. */
  namesIn(scope: FakeSheet | null): FakeName[] {
    return this.names.filter((x) => (x.scope ?? null) === scope);
  }

  conditionalFormatsOn(sheet: FakeSheet, rect: Rect): FakeConditionalFormat[] {
    return sheet.conditionalFormats.filter((cf) => cf.rects.some((r) => intersects(r, rect)));
  }
}
