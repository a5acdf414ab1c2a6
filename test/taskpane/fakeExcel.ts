/**
 * A small fake of the parts of Office.js the Excel host uses, honest where the host could go wrong:
 *
 * - every call queues an operation; nothing happens until `context.sync()`, which runs the queue in order;
 * - reading a property that was not loaded, or before the sync that loads it, throws PropertyNotLoaded as
 *   Office.js does (office-addin-mock does not); so does `isNullObject` before a load and `items` of an
 *   unloaded collection; operations left queued when Excel.run ends are an error;
 * - each sync is recorded: operations, request and response bytes as office.js and Excel would send them
 *   (see WIRE below), whether calculation was suspended; on "Excel on the web" a request or response over
 *   5 MB fails with RichApi's PayloadSizeLimitExceeded codes, as does reading a range of over 5,000,000 cells;
 * - merged areas as Excel gives them: only those whose top-left cell is in the range (office-js #3611), their
 *   `address` naming top-left cells only (#1590), `areas` with their real geometry, and more than 512 of them
 *   refused at sync (Range.getMergedAreasOrNullObject, ExcelApi 1.13);
 * - tables and defined names share one namespace; `tables.add` renames blank and duplicate headers
 *   (Column1, Status2) and refuses a range with merged cells;
 * - writes land as typed input (fakeExcelModel.ts) through `values` and `formulas` alike, a cell formatted as
 *   Text keeping what is written as text; sizes of written arrays must match their range, sheet and table names
 *   must be free, the last visible sheet cannot be deleted or hidden;
 * - `cellEditMode` (the officer is typing in a cell): every sync fails with InvalidOperationInCellEditMode, as
 *   Excel refuses every API call then (office-js #625, #3388); `protectedWorkbook`: reads, navigation and
 *   recalculation work, the first write fails the sync with AccessDenied (what ran before it stays done);
 * - the add-in's document settings (Office.context.document.settings, the Office.Settings interface): the pane
 *   works on its own copy, loaded when the add-in starts; `set` and `remove` change only that copy, and only
 *   `saveAsync` puts it in the document (as JSON: values come back as plain data). `reopen()` starts a new pane
 *   on the document; `settingsSaveFailure` makes saveAsync answer Failed with that message.
 *
 * Formulas are stored; with a calculator (FakeOptions.calculate, e.g. test/taskpane/calc's autoCalculation)
 * the fake recalculates after every sync that changed the workbook, as Excel does. Without one, reading the
 * value of a formula cell throws, and a change drops the results an earlier calculation stored.
 */
import { columnLetters } from "../../src/model/a1";
import {
  contains,
  covers,
  DEFAULT_FORMAT,
  FakeError,
  FakeSheet,
  FakeWorkbook,
  intersects,
  MAX_COLS,
  MAX_ROWS,
  parseAddress,
  rectAddress,
  sheetPrefix,
  shiftFormula,
  shownValue,
  typedInput,
  type FakeChart,
  type FakeConditionalFormat,
  type FakeName,
  type FakeTable,
  type Format,
  type Raw,
  type Rect,
} from "./fakeExcelModel";

export * from "./fakeExcelModel";

export const PAYLOAD_LIMIT = 5 * 1024 * 1024;
const MAX_READ_CELLS = 5_000_000;
/** Range.getMergedAreasOrNullObject fails on a range holding more merged areas than this. */
export const MAX_MERGED_AREAS = 512;

/**
 * What a sync costs on the wire, calibrated against office.js itself: @microsoft/office-js 1.1.110,
 * dist/excel-web-16.00.debug.js, run in Node with its request executor replaced to capture each request.
 * A sync sends JSON.stringify({Actions, ObjectPaths}) (ClientRequestBase.buildRequestMessageBodyAndRequestFlags,
 * RichApiMessageUtility.buildMessageArrayForIRequestExecutor), and Excel answers {Results: [{ActionId, Value}]}
 * (ClientRequestContext.processRequestExecutorResponseMessage). Measured there, in UTF-8 bytes:
 * - a sync's frame with the workbook and its worksheets: ~220;
 * - each object got by a method (getItem, getRangeByIndexes, getMergedAreasOrNullObject…): an ObjectPaths
 *   entry and an Instantiate action, ~180 with its name, plus its arguments; one got through a property (format,
 *   font, areas…) ~115;
 * - each action (set a property, call a method, load): ~80 plus its name and arguments (a load's are the
 *   property names); so a small write to a new range costs ~280, the read of a block ~450;
 * - a values write of R×C cells: the values' own JSON plus, above 1,500 cells, ~660 bytes per 1,500 cells
 *   (setRangePropertiesInBulk sends such an array as row chunks of 1,500 cells, each its own GetRow / GetRow /
 *   GetBoundingRect object paths and SetProperty action; formulas and numberFormat alike): 62,632 bytes for
 *   1,000×8 cells of "'abc" (58,001 of them the values), 0.46 bytes a cell over the JSON at 20,000×4…23;
 * - reading a block (getRangeByIndexes, load values/valueTypes/numberFormat, getCellProperties): 450 bytes
 *   of request; its answer is the JSON of what was loaded plus ~30 bytes a result — estimated, as the
 *   response's format is only seen through the client's parser.
 */
export const WIRE = { request: 220, objectPath: 180, property: 115, action: 80, bulkCells: 1500, bulkChunk: 660, response: 15, result: 30 };

export interface SyncRecord {
  ops: number;
  requestBytes: number;
  responseBytes: number;
  suspended: boolean;
}

/** An applied change, in order, for tests of what came before what. */
export interface LogEntry {
  sync: number;
  kind: "values" | "formulas" | "numberFormat" | "format" | "table" | "conditionalFormat" | "fill" | "clear" | "structure";
  sheet: string;
  rect?: Rect;
  /** For a values or formulas write: how many of the cells it wrote became formulas. */
  formulaCells?: number;
}

interface Op {
  bytes: number;
  kind: "bind" | "load" | "set" | "call" | "suspend" | "calculate";
  /** A method call's name (kind "call"). */
  name?: string;
  run: () => number | void;
}

/** Calls that change nothing in the workbook: a protected workbook allows them. */
const NAVIGATION = new Set(["activate", "select"]);
const isWrite = (op: Op): boolean => op.kind === "set" || (op.kind === "call" && !NAVIGATION.has(op.name ?? ""));

const bytesOf = (v: unknown): number => Buffer.byteLength(JSON.stringify(v) ?? "null", "utf8");

/** office.js sends an array of more than 1,500 cells as row chunks, each with its own object paths (see WIRE). */
function bulkBytes(v: unknown): number {
  if (!Array.isArray(v) || !Array.isArray(v[0])) return 0;
  const cells = v.length * (v[0] as unknown[]).length;
  return cells > WIRE.bulkCells ? Math.ceil(cells / WIRE.bulkCells) * WIRE.bulkChunk : 0;
}

function notLoaded(name: string): FakeError {
  return new FakeError(
    "PropertyNotLoaded",
    `The property '${name}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );
}

// ---------- the request context ----------

export class FakeContext {
  private queue: Op[] = [];
  private loadedThisSync: ClientObject[] = [];
  readonly workbook: WorkbookProxy;
  readonly application = {
    suspendApiCalculationUntilNextSync: (): void => this.enqueue({ bytes: WIRE.property + WIRE.action + 34, kind: "suspend", run: () => undefined }),
    calculate: (type: string): void => this.enqueue({ bytes: WIRE.property + WIRE.action + 9 + bytesOf([type]), kind: "calculate", run: () => void this.excel.calculations.push(type) }),
  };

  constructor(readonly excel: FakeExcel) {
    this.workbook = new WorkbookProxy(this);
  }

  enqueue(op: Op): void {
    this.queue.push(op);
  }

  get pending(): number {
    return this.queue.length;
  }

  markLoaded(obj: ClientObject): void {
    this.loadedThisSync.push(obj);
  }

  async sync(): Promise<void> {
    const ops = this.queue;
    this.queue = [];
    this.loadedThisSync = [];
    const record: SyncRecord = { ops: ops.length, requestBytes: WIRE.request + ops.reduce((n, o) => n + o.bytes, 0), responseBytes: WIRE.response, suspended: ops.some((o) => o.kind === "suspend") };
    this.excel.syncs.push(record);
    if (this.excel.cellEditMode) {
      throw new FakeError("InvalidOperationInCellEditMode", "Excel is in cell-editing mode. Please exit the edit mode by pressing ENTER or TAB or selecting another cell, and then try again.");
    }
    const web = this.excel.platform === "OfficeOnline";
    if (web && record.requestBytes > PAYLOAD_LIMIT) throw new FakeError("RequestPayloadSizeLimitExceeded", "The request payload size has exceeded the limit.");
    for (const op of ops) {
      if (this.excel.protectedWorkbook && isWrite(op)) throw new FakeError("AccessDenied", "You cannot perform the requested operation.");
      const response = op.run();
      if (typeof response === "number") record.responseBytes += WIRE.result + response;
    }
    if (ops.some((o) => o.kind === "set" || o.kind === "call")) this.excel.changed();
    if (web && record.responseBytes > PAYLOAD_LIMIT) {
      for (const obj of this.loadedThisSync) obj.forget();
      throw new FakeError("ResponsePayloadSizeLimitExceeded", "The response payload size has exceeded the limit.");
    }
  }

  log(kind: LogEntry["kind"], sheet: FakeSheet, rect?: Rect, formulaCells?: number): void {
    this.excel.log.push({ sync: this.excel.syncs.length - 1, kind, sheet: sheet.name, rect, ...(formulaCells === undefined ? {} : { formulaCells }) });
  }
}

/** A value that is only there after the sync that produced it. */
class ClientResult<T> {
  private done = false;
  private result: T | undefined;
  constructor(ctx: FakeContext, bytes: number, make: () => T) {
    ctx.enqueue({
      bytes,
      kind: "load", // a method that returns data: a read
      run: () => {
        this.result = make();
        this.done = true;
        return bytesOf(this.result);
      },
    });
  }
  get value(): T {
    if (!this.done) throw notLoaded("value");
    return this.result as T;
  }
}

// ---------- proxies ----------

abstract class ClientObject {
  private loaded: Map<string, unknown> | null = null;
  private bound = false;
  private boundTo: unknown;

  /** `bindNow`: made by a method call, which is sent (with its arguments, `args`) in the next sync. */
  constructor(
    protected readonly ctx: FakeContext,
    private readonly find: () => unknown,
    bindNow = true,
    args: unknown[] = [],
  ) {
    if (bindNow) ctx.enqueue({ bytes: WIRE.objectPath + bytesOf(args), kind: "bind", run: () => (this.resolve(), 0) });
  }

  /** The workbook object behind the proxy (null for a null object), found once, when first needed in a sync. */
  protected resolve(): unknown {
    if (!this.bound) {
      this.boundTo = this.find();
      this.bound = true;
    }
    return this.boundTo;
  }

  protected model<T>(): T {
    const t = this.resolve();
    if (t === null || t === undefined) throw new FakeError("InvalidObjectPath", "The object is a null object: it cannot be used.");
    return t as T;
  }

  /** The value of property `name` now (run at sync time). */
  protected abstract property(name: string): unknown;

  load(spec?: string | string[]): this {
    const names = (Array.isArray(spec) ? spec : (spec ?? "").split(",")).map((s) => s.trim()).filter(Boolean);
    this.ctx.enqueue({ bytes: WIRE.action + bytesOf(names), kind: "load", run: () => this.snapshot(names) });
    return this;
  }

  /** Takes the values of `names` as they are now (at sync time) as loaded; returns their JSON size. */
  snapshot(names: readonly string[]): number {
    const snapshot = new Map<string, unknown>(this.loaded ?? []);
    if (this.resolve() !== null) for (const n of names) snapshot.set(n, this.property(n));
    this.loaded = snapshot;
    this.ctx.markLoaded(this);
    return bytesOf(Object.fromEntries(snapshot));
  }

  private readonly navigation = new Map<string, unknown>();

  /** A navigation property: the same proxy each time, as in Office.js. */
  protected nav<T>(key: string, make: () => T): T {
    if (!this.navigation.has(key)) this.navigation.set(key, make());
    return this.navigation.get(key) as T;
  }

  forget(): void {
    this.loaded = null;
  }

  /** A loaded property's value; PropertyNotLoaded before the sync of a load that asked for it. */
  read<T>(name: string): T {
    if (!this.loaded || !this.loaded.has(name)) throw notLoaded(name);
    return this.loaded.get(name) as T;
  }

  get isNullObject(): boolean {
    if (!this.loaded) throw notLoaded("isNullObject");
    return this.resolve() === null;
  }

  /** Queues a change: `apply` runs at sync time. */
  protected set(name: string, value: unknown, apply: () => void): void {
    this.ctx.enqueue({ bytes: WIRE.action + name.length + bytesOf(value) + bulkBytes(value), kind: "set", run: apply });
  }

  protected call(name: string, args: unknown[], apply: () => void): void {
    this.ctx.enqueue({ bytes: WIRE.action + name.length + bytesOf(args), kind: "call", name, run: apply });
  }
}

/** Read-only properties of a proxy class: each reads its loaded value (and throws until it is loaded). */
function loadable(cls: { prototype: ClientObject }, names: readonly string[]): void {
  for (const name of names) {
    Object.defineProperty(cls.prototype, name, {
      get(this: ClientObject) {
        return this.read(name);
      },
    });
  }
}

/** Collections: `items` after a load of "items/…". */
abstract class Collection<P extends ClientObject> extends ClientObject {
  private loadedItems: P[] | null = null;

  protected abstract models(): unknown[];
  protected abstract item(model: unknown): P;

  override load(spec?: string | string[]): this {
    const names = (Array.isArray(spec) ? spec : (spec ?? "").split(",")).map((s) => s.trim().replace(/^items\//, "")).filter(Boolean);
    this.ctx.enqueue({
      bytes: WIRE.action + bytesOf(names),
      kind: "load",
      run: () => this.snapshotItems(names),
    });
    return this;
  }

  /** Takes the items as they are now, with `names` loaded; returns their JSON size. */
  snapshotItems(names: readonly string[]): number {
    const items = this.models().map((m) => this.item(m));
    let bytes = 2;
    for (const item of items) bytes += item.snapshot(names) + 1;
    this.loadedItems = items;
    this.ctx.markLoaded(this);
    return bytes;
  }

  override forget(): void {
    this.loadedItems = null;
  }

  get items(): P[] {
    if (!this.loadedItems) throw notLoaded("items");
    return this.loadedItems;
  }

  protected property(): unknown {
    return undefined;
  }
}

class WorkbookProxy {
  readonly worksheets: WorksheetCollection;
  readonly names: NamedItemCollection;
  readonly functions: { date: (y: number, m: number, d: number) => FunctionResult };

  constructor(ctx: FakeContext) {
    this.worksheets = new WorksheetCollection(ctx);
    this.names = new NamedItemCollection(ctx, () => null);
    this.functions = { date: (y, m, d) => new FunctionResult(ctx, () => dateSerial(y, m, d, ctx.excel.workbook.dateSystem)) };
  }
}

function dateSerial(y: number, m: number, d: number, system: 1900 | 1904): number {
  const days = Math.round((Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86_400_000);
  return system === 1904 ? days - 1462 : days;
}

class FunctionResult extends ClientObject {
  constructor(ctx: FakeContext, compute: () => number) {
    super(ctx, () => ({ value: compute() }));
  }
  protected property(name: string): unknown {
    return (this.model<{ value: number }>() as Record<string, unknown>)[name];
  }
}
loadable(FunctionResult, ["value"]);

class WorksheetCollection extends Collection<WorksheetProxy> {
  constructor(ctx: FakeContext) {
    super(ctx, () => ctx.excel.workbook, false);
  }
  protected models(): unknown[] {
    return this.ctx.excel.workbook.sheets;
  }
  protected item(model: unknown): WorksheetProxy {
    return new WorksheetProxy(this.ctx, () => model, false);
  }
  getItem(name: string): WorksheetProxy {
    const find = () => {
      const s = this.ctx.excel.workbook.sheet(name);
      if (!s) throw new FakeError("ItemNotFound", `The requested resource doesn't exist: worksheet "${name}".`);
      return s;
    };
    return new WorksheetProxy(this.ctx, find, true, [name]);
  }
  getItemOrNullObject(name: string): WorksheetProxy {
    return new WorksheetProxy(this.ctx, () => this.ctx.excel.workbook.sheet(name) ?? null, true, [name]);
  }
  getActiveWorksheet(): WorksheetProxy {
    return new WorksheetProxy(this.ctx, () => this.ctx.excel.workbook.active);
  }
  add(name: string): WorksheetProxy {
    let created: FakeSheet | undefined;
    this.call("add", [name], () => {
      created = this.ctx.excel.workbook.addSheet(name);
      this.ctx.log("structure", created);
    });
    return new WorksheetProxy(this.ctx, () => created ?? null, false);
  }
}

class WorksheetProxy extends ClientObject {
  protected property(name: string): unknown {
    const s = this.model<FakeSheet>();
    if (name === "name" || name === "visibility") return s[name];
    throw new FakeError("InvalidArgument", `The fake does not load worksheet property "${name}".`);
  }
  private get sheet(): FakeSheet {
    return this.model<FakeSheet>();
  }
  get name(): string {
    return this.read("name");
  }
  set name(value: string) {
    this.set("name", value, () => {
      const other = this.ctx.excel.workbook.sheet(value);
      if (other && other !== this.sheet) throw new FakeError("ItemAlreadyExists", `A sheet called "${value}" already exists.`);
      this.sheet.name = value;
    });
  }
  get visibility(): string {
    return this.read("visibility");
  }
  set visibility(value: "Visible" | "Hidden" | "VeryHidden") {
    this.set("visibility", value, () => {
      const wb = this.ctx.excel.workbook;
      if (value !== "Visible" && !wb.sheets.some((s) => s !== this.sheet && s.visibility === "Visible")) throw new FakeError("InvalidOperation", "A workbook must keep at least one visible sheet.");
      this.sheet.visibility = value;
    });
  }
  get customProperties(): CustomPropertyCollection {
    return this.nav("customProperties", () => new CustomPropertyCollection(this.ctx, () => this.sheet));
  }
  get tables(): TableCollection {
    return this.nav("tables", () => new TableCollection(this.ctx, () => this.sheet));
  }
  get names(): NamedItemCollection {
    return this.nav("names", () => new NamedItemCollection(this.ctx, () => this.sheet));
  }
  get charts(): ChartCollection {
    return this.nav("charts", () => new ChartCollection(this.ctx, () => this.sheet));
  }
  get freezePanes(): { freezeRows: (n: number) => void; freezeAt: (r: RangeProxy) => void } {
    return {
      freezeRows: (n) => this.call("freezeRows", [n], () => void (this.sheet.frozen = { rows: n, cols: 0 })),
      freezeAt: (r) => this.call("freezeAt", [], () => {
        const rect = r.rectNow();
        this.sheet.frozen = { rows: rect.top + rect.rows, cols: rect.left + rect.cols };
      }),
    };
  }
  getRange(address?: string): RangeProxy {
    const rect = (): Rect => (address === undefined ? { top: 0, left: 0, rows: MAX_ROWS, cols: MAX_COLS } : parseAddress(address));
    return new RangeProxy(this.ctx, () => ({ sheet: this.sheet, rect: rect() }), true, [address]);
  }
  getRangeByIndexes(top: number, left: number, rows: number, cols: number): RangeProxy {
    return new RangeProxy(this.ctx, () => {
      if (top < 0 || left < 0 || rows < 1 || cols < 1 || top + rows > MAX_ROWS || left + cols > MAX_COLS) throw new FakeError("InvalidArgument", `getRangeByIndexes(${top}, ${left}, ${rows}, ${cols}) is outside the sheet.`);
      return { sheet: this.sheet, rect: { top, left, rows, cols } };
    }, true, [top, left, rows, cols]);
  }
  getRanges(address: string): RangeAreasProxy {
    return new RangeAreasProxy(this.ctx, () => ({ sheet: this.sheet, rects: address.split(",").map(parseAddress) }), [address]);
  }
  getUsedRangeOrNullObject(valuesOnly?: boolean): RangeProxy {
    return this.getRange().getUsedRangeOrNullObject(valuesOnly);
  }
  activate(): void {
    this.call("activate", [], () => {
      if (this.sheet.visibility !== "Visible") throw new FakeError("InvalidOperation", "A hidden sheet cannot be activated.");
      this.ctx.excel.workbook.active = this.sheet;
    });
  }
  delete(): void {
    this.call("delete", [], () => {
      this.ctx.excel.workbook.deleteSheet(this.sheet);
      this.ctx.log("structure", this.sheet);
    });
  }
}

class CustomPropertyCollection extends ClientObject {
  constructor(ctx: FakeContext, private readonly sheet: () => FakeSheet) {
    super(ctx, sheet, false);
  }
  protected property(): unknown {
    return undefined;
  }
  add(key: string, value: string): void {
    this.call("add", [key, value], () => void this.sheet().customProperties.set(key, value));
  }
  getItemOrNullObject(key: string): CustomPropertyProxy {
    const find = () => {
      const v = this.sheet().customProperties.get(key);
      return v === undefined ? null : { key, value: v };
    };
    return new CustomPropertyProxy(this.ctx, find, true, [key]);
  }
}

class CustomPropertyProxy extends ClientObject {
  protected property(name: string): unknown {
    return (this.model<Record<string, unknown>>())[name];
  }
}
loadable(CustomPropertyProxy, ["value"]);

interface RangeTarget {
  sheet: FakeSheet;
  rect: Rect;
}

function grid<T>(rect: Rect, cell: (r: number, c: number) => T): T[][] {
  if (rect.rows * rect.cols > MAX_READ_CELLS) throw new FakeError("InvalidOperation", `The range has ${rect.rows * rect.cols} cells: a read is limited to 5,000,000.`);
  const out: T[][] = [];
  for (let r = 0; r < rect.rows; r++) {
    const row: T[] = new Array(rect.cols);
    for (let c = 0; c < rect.cols; c++) row[c] = cell(rect.top + r, rect.left + c);
    out.push(row);
  }
  return out;
}

function checkSize(rect: Rect, values: unknown, what: string): unknown[][] {
  if (!Array.isArray(values) || values.length !== rect.rows || values.some((row) => !Array.isArray(row) || row.length !== rect.cols)) {
    throw new FakeError("InvalidArgument", `The number of rows or columns in the input array for ${what} doesn't match the size or dimensions of the range (${rect.rows} × ${rect.cols}).`);
  }
  return values as unknown[][];
}

function valueOf(raw: Raw | undefined, where: string): unknown {
  const shown = shownValue(raw);
  if (shown === undefined) throw new FakeError("NotCalculated", `The fake has not calculated =${(raw as { formula: string }).formula} in ${where}: give the fake a calculator (FakeOptions.calculate).`);
  return shown;
}

function typeOf(raw: Raw | undefined): string {
  if (raw === undefined) return "Empty";
  if (typeof raw === "object") return "error" in raw ? "Error" : typeOf(raw.result);
  return typeof raw === "string" ? "String" : typeof raw === "number" ? "Double" : "Boolean";
}

class RangeProxy extends ClientObject {
  constructor(ctx: FakeContext, find: () => RangeTarget | null, bindNow = true, args: unknown[] = []) {
    super(ctx, find, bindNow, args);
  }
  target(): RangeTarget {
    return this.model<RangeTarget>();
  }
  rectNow(): Rect {
    return this.target().rect;
  }
  protected property(name: string): unknown {
    const { sheet, rect } = this.target();
    const where = `${sheet.name}!${rectAddress(rect)}`;
    switch (name) {
      case "values":
        return grid(rect, (r, c) => valueOf(sheet.raw(r, c), where));
      case "valueTypes":
        return grid(rect, (r, c) => typeOf(sheet.raw(r, c)));
      case "formulas":
        return grid(rect, (r, c) => {
          const raw = sheet.raw(r, c);
          return raw !== undefined && typeof raw === "object" && "formula" in raw ? `=${raw.formula}` : valueOf(raw, where);
        });
      case "numberFormat":
        return grid(rect, (r, c) => sheet.format(r, c).numberFormat);
      case "address":
        return `${sheetPrefix(sheet.name)}!${rectAddress(rect)}`;
      case "rowIndex":
        return rect.top;
      case "columnIndex":
        return rect.left;
      case "rowCount":
        return rect.rows;
      case "columnCount":
        return rect.cols;
    }
    throw new FakeError("InvalidArgument", `The fake does not load range property "${name}".`);
  }
  get values(): unknown[][] {
    return this.read("values");
  }
  set values(values: unknown[][]) {
    this.set("Values", values, () => this.write(values, "values"));
  }
  /** A formula cell's formula ("=…"), any other cell's value. */
  get formulas(): unknown[][] {
    return this.read("formulas");
  }
  /** Read as typed input, as `values` is: "=…" a formula, other text as typed (in a Text cell, all as text). */
  set formulas(formulas: unknown[][]) {
    this.set("Formulas", formulas, () => this.write(formulas, "formulas"));
  }
  get numberFormat(): string[][] {
    return this.read("numberFormat");
  }
  set numberFormat(formats: string[][]) {
    this.set("NumberFormat", formats, () => {
      const { sheet, rect } = this.target();
      const f = checkSize(rect, formats, "numberFormat");
      sheet.layers.push({ rect, at: (r, c) => ({ numberFormat: String(f[r - rect.top][c - rect.left]) }) });
      this.ctx.log("numberFormat", sheet, rect);
    });
  }

  private write(values: unknown[][], what: "values" | "formulas"): void {
    const { sheet, rect } = this.target();
    const v = checkSize(rect, values, what);
    let formulaCells = 0;
    for (let r = 0; r < rect.rows; r++) {
      for (let c = 0; c < rect.cols; c++) {
        const input = v[r][c];
        if (input === null || input === undefined) continue; // null leaves a cell as it is
        const raw = typedInput(input, sheet.format(rect.top + r, rect.left + c).numberFormat);
        if (raw !== undefined && typeof raw === "object" && "formula" in raw) formulaCells++;
        sheet.setRaw(rect.top + r, rect.left + c, raw);
      }
    }
    this.ctx.log(what, sheet, rect, formulaCells);
  }

  get format(): RangeFormatProxy {
    const apply = (props: FormatProps): void => {
      const { sheet, rect } = this.target();
      sheet.addFormat(rect, props);
      this.ctx.log("format", sheet, rect);
    };
    const width = (points: number): void => {
      const { sheet, rect } = this.target();
      for (let c = rect.left; c < rect.left + rect.cols; c++) sheet.columnWidths.set(c, points);
      this.ctx.log("format", sheet, rect);
    };
    return this.nav("format", () => new RangeFormatProxy(this.ctx, apply, width));
  }
  get conditionalFormats(): ConditionalFormatCollection {
    return this.nav(
      "conditionalFormats",
      () =>
        new ConditionalFormatCollection(this.ctx, () => {
          const { sheet, rect } = this.target();
          return { sheet, rects: [rect] };
        }),
    );
  }
  get worksheet(): WorksheetProxy {
    return this.nav("worksheet", () => new WorksheetProxy(this.ctx, () => this.target().sheet, false));
  }
  getCell(row: number, col: number): RangeProxy {
    return new RangeProxy(this.ctx, () => {
      const { sheet, rect } = this.target();
      return { sheet, rect: { top: rect.top + row, left: rect.left + col, rows: 1, cols: 1 } };
    });
  }
  getUsedRangeOrNullObject(valuesOnly?: boolean): RangeProxy {
    return new RangeProxy(this.ctx, () => {
      if (valuesOnly !== true) throw new FakeError("InvalidArgument", "The fake only knows the used range of values (valuesOnly = true).");
      const { sheet, rect } = this.target();
      const used = sheet.usedRect(rect);
      return used ? { sheet, rect: used } : null;
    });
  }
  /**
   * The merged areas whose top-left cell is in this range (a merge reaching in from above or from the left is
   * not one of them: office-js #3611, "by design"); more than 512 of them fail the sync, as in Excel.
   */
  getMergedAreasOrNullObject(): RangeAreasProxy {
    return new RangeAreasProxy(
      this.ctx,
      () => {
        const { sheet, rect } = this.target();
        // As Excel does (office-js #3611): the areas starting in the range; or, to test a reader's
        // robustness, every area that crosses it (FakeOptions.mergedAreasGiven).
        const given = this.ctx.excel.mergedAreasGiven === "crossing" ? (m: Rect) => intersects(rect, m) : (m: Rect) => covers(rect, m.top, m.left);
        const rects = sheet.merges.filter(given);
        if (rects.length > MAX_MERGED_AREAS) throw new FakeError("GeneralException", `The range holds ${rects.length} merged areas: Excel returns at most ${MAX_MERGED_AREAS}.`);
        return rects.length ? { sheet, rects, topLeftAddress: true } : null;
      },
      [],
    );
  }
  getCellProperties(options: { format?: { font?: { bold?: boolean; color?: boolean } } }): ClientResult<unknown[][]> {
    return new ClientResult(this.ctx, WIRE.action + "GetCellProperties".length + bytesOf(options), () => {
      const { sheet, rect } = this.target();
      return grid(rect, (r, c) => {
        const f = sheet.format(r, c);
        const font: Record<string, unknown> = {};
        if (options.format?.font?.bold) font.bold = f.bold;
        if (options.format?.font?.color) font.color = f.color;
        return { format: { font } };
      });
    });
  }
  autoFill(destination: RangeProxy, type: "FillDefault" | "FillFormats"): void {
    this.call("autoFill", [type], () => {
      const { sheet, rect: src } = this.target();
      const dest = destination.target().rect;
      if (!contains(dest, src) || dest.left !== src.left || dest.cols !== src.cols || dest.top !== src.top) throw new FakeError("InvalidArgument", "autoFill: the destination must extend the source down.");
      if (type === "FillFormats") {
        this.tile(sheet, src, dest);
        this.ctx.log("format", sheet, dest);
        return;
      }
      for (let r = src.rows; r < dest.rows; r++) {
        for (let c = 0; c < src.cols; c++) {
          const from = sheet.raw(src.top + (r % src.rows), src.left + c);
          const shifted = from !== undefined && typeof from === "object" && "formula" in from ? { formula: shiftFormula(from.formula, r - (r % src.rows)) } : from;
          sheet.setRaw(dest.top + r, dest.left + c, shifted);
        }
      }
      this.ctx.log("fill", sheet, dest);
    });
  }
  copyFrom(source: RangeProxy, type: "Formats"): void {
    this.call("copyFrom", [type], () => {
      const { sheet, rect } = this.target();
      this.tile(sheet, source.target().rect, rect);
      this.ctx.log("format", sheet, rect);
    });
  }
  /** Lays the formats of `src` (as they are now) over `dest`, repeated. */
  private tile(sheet: FakeSheet, src: Rect, dest: Rect): void {
    const formats = grid(src, (r, c) => sheet.format(r, c));
    sheet.layers.push({ rect: dest, at: (r, c) => formats[(r - dest.top) % src.rows][(c - dest.left) % src.cols] });
  }
  clear(what: "All"): void {
    this.call("clear", [what], () => {
      const { sheet, rect } = this.target();
      for (let r = rect.top; r < rect.top + rect.rows; r++) for (let c = rect.left; c < rect.left + rect.cols; c++) sheet.setRaw(r, c, undefined);
      sheet.addFormat(rect, { ...DEFAULT_FORMAT });
      for (const cf of [...sheet.conditionalFormats]) if (cf.rects.every((x) => contains(rect, x))) sheet.conditionalFormats.splice(sheet.conditionalFormats.indexOf(cf), 1);
      this.ctx.log("clear", sheet, rect);
    });
  }
  select(): void {
    this.call("select", [], () => {
      const { sheet, rect } = this.target();
      if (this.ctx.excel.workbook.active !== sheet) throw new FakeError("InvalidSelection", "The range is not on the active sheet.");
      this.ctx.excel.workbook.selection = { sheet, rect };
    });
  }
}
loadable(RangeProxy, ["valueTypes", "formulas", "address", "rowIndex", "columnIndex", "rowCount", "columnCount"]);

interface AreasTarget {
  sheet: FakeSheet;
  rects: Rect[];
  /** Merged areas: the address names each area's top-left cell only (office-js #1590). */
  topLeftAddress?: boolean;
}

class RangeAreasProxy extends ClientObject {
  constructor(ctx: FakeContext, find: () => AreasTarget | null, args: unknown[] = []) {
    super(ctx, find, true, args);
  }
  protected property(name: string): unknown {
    const { sheet, rects, topLeftAddress } = this.model<AreasTarget>();
    if (name === "address") return rects.map((r) => `${sheetPrefix(sheet.name)}!${rectAddress(topLeftAddress ? { ...r, rows: 1, cols: 1 } : r)}`).join(", ");
    if (name === "areaCount") return rects.length;
    throw new FakeError("InvalidArgument", `The fake does not load RangeAreas property "${name}".`);
  }
  /**
   * As in Office.js, "areas/rowIndex" (or "areas/items/rowIndex") loads the areas' properties in the same query,
   * which a null object answers with null (loading `areas` itself on a null object would fail).
   */
  override load(spec?: string | string[]): this {
    const names = (Array.isArray(spec) ? spec : (spec ?? "").split(",")).map((s) => s.trim()).filter(Boolean);
    const own = names.filter((n) => !n.startsWith("areas/"));
    const ofAreas = names.filter((n) => n.startsWith("areas/")).map((n) => n.replace(/^areas\/(items\/)?/, ""));
    this.ctx.enqueue({
      bytes: WIRE.action + bytesOf(names),
      kind: "load",
      run: () => {
        const bytes = this.snapshot(own);
        return this.resolve() === null || ofAreas.length === 0 ? bytes : bytes + this.areas.snapshotItems(ofAreas);
      },
    });
    return this;
  }
  get areas(): RangeCollection {
    return this.nav("areas", () => new RangeCollection(this.ctx, () => this.model<AreasTarget>()));
  }
  get conditionalFormats(): ConditionalFormatCollection {
    return this.nav("conditionalFormats", () => new ConditionalFormatCollection(this.ctx, () => this.model<AreasTarget>()));
  }
}
loadable(RangeAreasProxy, ["address", "areaCount"]);

/** The ranges of a RangeAreas, each a Range with its real geometry. */
class RangeCollection extends Collection<RangeProxy> {
  constructor(ctx: FakeContext, private readonly where: () => AreasTarget) {
    super(ctx, where, false);
  }
  protected models(): unknown[] {
    const { sheet, rects } = this.where();
    return rects.map((rect) => ({ sheet, rect }));
  }
  protected item(model: unknown): RangeProxy {
    return new RangeProxy(this.ctx, () => model as RangeTarget, false);
  }
}

type FormatProps = Partial<Format>;

class RangeFormatProxy {
  constructor(
    private readonly ctx: FakeContext,
    private readonly apply: (props: FormatProps) => void,
    private readonly width: (points: number) => void,
  ) {}
  private queue(name: string, value: unknown, props: FormatProps): void {
    // The format (and font, fill…) object on the wire, and the action setting the property.
    this.ctx.enqueue({ bytes: WIRE.property + WIRE.action + name.length + bytesOf(value), kind: "set", run: () => this.apply(props) });
  }
  set wrapText(v: boolean) {
    this.queue("wrapText", v, { wrap: v });
  }
  set verticalAlignment(v: string) {
    this.queue("verticalAlignment", v, { vAlign: v });
  }
  set horizontalAlignment(v: string) {
    this.queue("horizontalAlignment", v, { hAlign: v });
  }
  set columnWidth(v: number) {
    this.ctx.enqueue({ bytes: WIRE.property + WIRE.action + "ColumnWidth".length + bytesOf(v), kind: "set", run: () => this.width(v) });
  }
  get font(): { bold: boolean; color: string; size: number } {
    const queue = (props: FormatProps, v: unknown) => this.queue("font", v, props);
    return {
      set bold(v: boolean) {
        queue({ bold: v }, v);
      },
      set color(v: string) {
        queue({ color: v }, v);
      },
      set size(v: number) {
        queue({ size: v }, v);
      },
    } as { bold: boolean; color: string; size: number };
  }
  get fill(): { color: string } {
    const queue = (v: string) => this.queue("fill", v, { fill: v });
    return {
      set color(v: string) {
        queue(v);
      },
    } as { color: string };
  }
  get borders(): { getItem: (edge: string) => { style: string } } {
    const queue = (edge: string, v: string) => this.queue("borders", v, { borders: `${edge}:${v}` });
    return {
      getItem: (edge: string) =>
        ({
          set style(v: string) {
            queue(edge, v);
          },
        }) as { style: string },
    };
  }
}

class ConditionalFormatCollection extends Collection<ConditionalFormatProxy> {
  constructor(ctx: FakeContext, private readonly where: () => { sheet: FakeSheet; rects: Rect[] }) {
    super(ctx, where, false);
  }
  protected models(): unknown[] {
    const { sheet, rects } = this.where();
    return sheet.conditionalFormats.filter((cf) => cf.rects.some((r) => rects.some((x) => intersects(r, x))));
  }
  protected item(model: unknown): ConditionalFormatProxy {
    return new ConditionalFormatProxy(this.ctx, () => model, false, () => this.where().sheet);
  }
  add(type: "Custom" | "CellValue"): ConditionalFormatProxy {
    let created: FakeConditionalFormat | undefined;
    let sheet: FakeSheet | undefined;
    this.call("add", [type], () => {
      const where = this.where();
      sheet = where.sheet;
      created = { id: this.ctx.excel.workbook.id(), rects: where.rects, type };
      sheet.conditionalFormats.unshift(created); // a new rule goes on top
      this.ctx.log("conditionalFormat", sheet, where.rects[0]);
    });
    return new ConditionalFormatProxy(this.ctx, () => created ?? null, false, () => sheet as FakeSheet);
  }
}

class ConditionalFormatProxy extends ClientObject {
  constructor(ctx: FakeContext, find: () => unknown, bindNow: boolean, private readonly sheet: () => FakeSheet) {
    super(ctx, find, bindNow);
  }
  private get cf(): FakeConditionalFormat {
    return this.model<FakeConditionalFormat>();
  }
  protected property(name: string): unknown {
    if (name === "type" || name === "id") return this.cf[name];
    throw new FakeError("InvalidArgument", `The fake does not load conditional format property "${name}".`);
  }
  delete(): void {
    this.call("delete", [], () => {
      const list = this.sheet().conditionalFormats;
      const i = list.indexOf(this.cf);
      if (i < 0) throw new FakeError("ItemNotFound", "The conditional format no longer exists.");
      list.splice(i, 1);
    });
  }
  private kind(type: FakeConditionalFormat["type"]): FakeConditionalFormat {
    const cf = this.cf;
    if (cf.type !== type) throw new FakeError("InvalidArgument", `This conditional format is ${cf.type}, not ${type}.`);
    return cf;
  }
  private formatOf(type: FakeConditionalFormat["type"]): { fill: { color: string }; font: { color: string } } {
    const call = (name: string, v: string, apply: (cf: FakeConditionalFormat) => void) => this.call(name, [v], () => apply(this.kind(type)));
    return {
      fill: {
        set color(v: string) {
          call("fill", v, (cf) => (cf.fill = v));
        },
      } as { color: string },
      font: {
        set color(v: string) {
          call("font", v, (cf) => (cf.fontColor = v));
        },
      } as { color: string },
    };
  }
  get custom(): { rule: RuleProxy; format: { fill: { color: string } } } {
    return this.nav("custom", () => ({ rule: new RuleProxy(this.ctx, () => this.kind("Custom")), format: this.formatOf("Custom") }));
  }
  get cellValue(): { format: { fill: { color: string }; font: { color: string } }; rule: { formula1: string; operator: string } } {
    const call = (v: { formula1: string; operator: string }) => this.call("rule", [v], () => void (this.kind("CellValue").rule = v));
    return {
      format: this.formatOf("CellValue"),
      set rule(v: { formula1: string; operator: string }) {
        call(v);
      },
    } as { format: { fill: { color: string }; font: { color: string } }; rule: { formula1: string; operator: string } };
  }
}
loadable(ConditionalFormatProxy, ["type"]);

class RuleProxy extends ClientObject {
  constructor(ctx: FakeContext, private readonly cf: () => FakeConditionalFormat) {
    super(ctx, cf, false);
  }
  protected property(name: string): unknown {
    if (name === "formula") return this.cf().formula;
    throw new FakeError("InvalidArgument", `The fake does not load rule property "${name}".`);
  }
  get formula(): string {
    return this.read("formula");
  }
  set formula(v: string) {
    this.set("formula", v, () => void (this.cf().formula = v));
  }
}

class TableCollection extends Collection<TableProxy> {
  constructor(ctx: FakeContext, private readonly sheet: () => FakeSheet) {
    super(ctx, sheet, false);
  }
  protected models(): unknown[] {
    return this.sheet().tables;
  }
  protected item(model: unknown): TableProxy {
    return new TableProxy(this.ctx, () => model, false);
  }
  add(address: string, hasHeaders: boolean): TableProxy {
    let created: FakeTable | undefined;
    this.call("add", [address, hasHeaders], () => {
      const sheet = this.sheet();
      const rect = parseAddress(address);
      const wb = this.ctx.excel.workbook;
      if (!hasHeaders || rect.rows < 2) throw new FakeError("InvalidArgument", "The fake only makes tables with a header row and at least one data row.");
      if (wb.tables.some((t) => t.sheet === sheet && intersects(t.rect, rect))) throw new FakeError("InvalidOperation", "A table cannot overlap another table.");
      if (sheet.merges.some((m) => intersects(m, rect))) throw new FakeError("InvalidOperation", "A table cannot be made over a range with merged cells.");
      // Excel makes every header a unique text: a blank one becomes Column<n>, a repeated one gets 2, 3…
      const headers = new Set<string>();
      for (let c = rect.left; c < rect.left + rect.cols; c++) {
        const raw = sheet.raw(rect.top, c);
        const text = raw === undefined ? "" : typeof raw === "object" ? ("error" in raw ? raw.error : String(raw.result ?? "")) : String(raw);
        let h = text === "" ? `Column${c - rect.left + 1}` : text;
        for (let n = 2; headers.has(h.toLowerCase()); n++) h = `${text === "" ? "Column" : text}${n}`;
        headers.add(h.toLowerCase());
        if (h !== raw) sheet.setRaw(rect.top, c, h);
      }
      let n = wb.tables.length + 1;
      while (wb.nameTaken(`Table${n}`)) n++;
      created = { name: `Table${n}`, sheet, rect, style: "TableStyleMedium2", showBandedRows: true, showFilterButton: true };
      wb.tables.push(created);
      this.ctx.log("table", sheet, rect);
    });
    return new TableProxy(this.ctx, () => created ?? null, false);
  }
}

class TableProxy extends ClientObject {
  private get table(): FakeTable {
    return this.model<FakeTable>();
  }
  protected property(name: string): unknown {
    if (name === "name") return this.table.name;
    throw new FakeError("InvalidArgument", `The fake does not load table property "${name}".`);
  }
  get name(): string {
    return this.read("name");
  }
  set name(v: string) {
    this.set("name", v, () => {
      if (!/^[A-Za-z_\\][A-Za-z0-9_.\\]*$/.test(v)) throw new FakeError("InvalidArgument", `"${v}" is not a valid table name.`);
      if (this.table.name.toLowerCase() !== v.toLowerCase() && this.ctx.excel.workbook.nameTaken(v)) throw new FakeError("InvalidArgument", `The name "${v}" is already taken.`);
      this.table.name = v;
    });
  }
  set style(v: string) {
    this.set("style", v, () => void (this.table.style = v));
  }
  set showBandedRows(v: boolean) {
    this.set("showBandedRows", v, () => void (this.table.showBandedRows = v));
  }
  set showFilterButton(v: boolean) {
    this.set("showFilterButton", v, () => void (this.table.showFilterButton = v));
  }
}

class ChartCollection extends ClientObject {
  constructor(ctx: FakeContext, private readonly sheet: () => FakeSheet) {
    super(ctx, sheet, false);
  }
  protected property(): unknown {
    return undefined;
  }
  add(type: string, source: RangeProxy, seriesBy: string): ChartProxy {
    let created: FakeChart | undefined;
    this.call("add", [type, seriesBy], () => {
      created = { type, source: source.target().rect, seriesBy, title: "", legendVisible: true, xValues: null, position: [] };
      this.sheet().charts.push(created);
    });
    const chart = (): FakeChart => {
      if (!created) throw new FakeError("InvalidObjectPath", "The chart was not made.");
      return created;
    };
    const call = this.call.bind(this);
    return {
      title: {
        set text(v: string) {
          call("title", [v], () => void (chart().title = v));
        },
      } as { text: string },
      legend: {
        set visible(v: boolean) {
          call("legend", [v], () => void (chart().legendVisible = v));
        },
      } as { visible: boolean },
      series: { getItemAt: () => ({ setXAxisValues: (r: RangeProxy) => call("setXAxisValues", [], () => void (chart().xValues = r.target().rect)) }) },
      setPosition: (from: string, to?: string) => call("setPosition", [from, to], () => void (chart().position = [from, to ?? ""])),
    };
  }
}

interface ChartProxy {
  title: { text: string };
  legend: { visible: boolean };
  series: { getItemAt: (i: number) => { setXAxisValues: (r: RangeProxy) => void } };
  setPosition: (from: string, to?: string) => void;
}

/** Workbook.names (scope: null) or Worksheet.names (the sheet's own, sheet-scoped names). */
class NamedItemCollection extends Collection<NamedItemProxy> {
  constructor(
    ctx: FakeContext,
    private readonly scope: () => FakeSheet | null,
  ) {
    super(ctx, () => ctx.excel.workbook, false);
  }
  protected models(): unknown[] {
    return this.ctx.excel.workbook.namesIn(this.scope());
  }
  protected item(model: unknown): NamedItemProxy {
    return new NamedItemProxy(this.ctx, () => model, false);
  }
  getItemOrNullObject(name: string): NamedItemProxy {
    return new NamedItemProxy(this.ctx, () => this.ctx.excel.workbook.namesIn(this.scope()).find((n) => n.name.toLowerCase() === name.toLowerCase()) ?? null, true, [name]);
  }
  add(name: string, reference: RangeProxy, comment = ""): void {
    this.call("add", [name, comment], () => {
      const wb = this.ctx.excel.workbook;
      const scope = this.scope();
      if (wb.nameTaken(name, scope)) throw new FakeError("InvalidArgument", `The name "${name}" is already taken.`);
      const { sheet, rect } = reference.target();
      wb.names.push(scope ? { name, sheet, rect, comment, scope } : { name, sheet, rect, comment });
    });
  }
}

class NamedItemProxy extends ClientObject {
  private get item(): FakeName {
    return this.model<FakeName>();
  }
  protected property(name: string): unknown {
    const n = this.item;
    const ref = `$${columnLetters(n.rect.left)}$${n.rect.top + 1}`;
    switch (name) {
      case "name":
        return n.name;
      case "type":
        return n.sheet ? "Range" : "Error";
      case "formula":
        return n.sheet ? `=${sheetPrefix(n.sheet.name)}!${ref}` : `=#REF!${ref}`;
    }
    throw new FakeError("InvalidArgument", `The fake does not load named item property "${name}".`);
  }
  getRange(): RangeProxy {
    return new RangeProxy(this.ctx, () => {
      const n = this.item;
      if (!n.sheet) throw new FakeError("InvalidReference", `The name ${n.name} refers to a deleted sheet.`);
      return { sheet: n.sheet, rect: n.rect };
    });
  }
  delete(): void {
    this.call("delete", [], () => {
      const names = this.ctx.excel.workbook.names;
      names.splice(names.indexOf(this.item), 1);
    });
  }
}
loadable(NamedItemProxy, ["name", "type", "formula"]);

// ---------- the fake itself ----------

export interface FakeOptions {
  platform?: "PC" | "Mac" | "OfficeOnline";
  /** Highest ExcelApi version the host supports. */
  excelApi?: string;
  dateSystem?: 1900 | 1904;
  /** The officer is typing in a cell (FakeExcel.cellEditMode). */
  cellEditMode?: boolean;
  /** The workbook or its sheets are protected (FakeExcel.protectedWorkbook). */
  protectedWorkbook?: boolean;
  /** Calculates the workbook's formulas and stores their results (run after each sync that changed anything). */
  calculate?: (workbook: FakeWorkbook) => void;
  /** Which merged areas getMergedAreasOrNullObject gives: those starting in the range (Excel's, the default) or every one crossing it. */
  mergedAreasGiven?: "starting" | "crossing";
}

function versionAtMost(version: string, max: string): boolean {
  const [a, b] = [version, max].map((v) => v.split(".").map(Number));
  return a[0] < b[0] || (a[0] === b[0] && (a[1] ?? 0) <= (b[1] ?? 0));
}

export class FakeExcel {
  readonly workbook: FakeWorkbook;
  readonly syncs: SyncRecord[] = [];
  readonly log: LogEntry[] = [];
  /** Each recalculation asked for (application.calculate), by its type. */
  readonly calculations: string[] = [];
  readonly platform: string;
  private readonly excelApi: string;
  /** The workbooks Excel.createWorkbook opened, as .xlsx bytes. */
  readonly createdWorkbooks: Uint8Array[] = [];
  /** While on, every sync fails with InvalidOperationInCellEditMode; turn it off as the officer presses Enter. */
  cellEditMode: boolean;
  /** While on, a sync fails with AccessDenied at its first write. */
  protectedWorkbook: boolean;
  private readonly calculate: ((workbook: FakeWorkbook) => void) | undefined;
  readonly mergedAreasGiven: "starting" | "crossing";
  /** The add-in's settings as saved in the document (JSON text, as office.js stores them), by name. */
  readonly documentSettings = new Map<string, string>();
  /** The open pane's copy of them (Office.context.document.settings), loaded at start and by reopen(). */
  private paneSettings = new Map<string, unknown>();
  /** When set, saveAsync fails with this message and the document keeps what it had. */
  settingsSaveFailure: string | null = null;

  constructor(options: FakeOptions = {}) {
    this.platform = options.platform ?? "PC";
    this.excelApi = options.excelApi ?? "1.17";
    this.cellEditMode = options.cellEditMode ?? false;
    this.protectedWorkbook = options.protectedWorkbook ?? false;
    this.workbook = new FakeWorkbook(options.dateSystem ?? 1900);
    this.calculate = options.calculate;
    this.mergedAreasGiven = options.mergedAreasGiven ?? "starting";
  }

  /** After a sync that may have changed cells, names or sheets: recalculate, or forget results now stale. */
  changed(): void {
    if (this.calculate) this.calculate(this.workbook);
    else if (this.workbook.calculated) this.workbook.dropResults();
  }

  /** A new pane on this workbook (closed and opened again): its settings copy is what the document holds. */
  reopen(): void {
    this.paneSettings = new Map([...this.documentSettings].map(([name, json]) => [name, JSON.parse(json) as unknown]));
  }

  private settingsApi() {
    return {
      get: (name: string): unknown => (this.paneSettings.has(name) ? this.paneSettings.get(name) : null),
      set: (name: string, value: unknown): void => void this.paneSettings.set(name, value),
      remove: (name: string): void => void this.paneSettings.delete(name),
      saveAsync: (...args: unknown[]): void => {
        const callback = args.find((a): a is (result: unknown) => void => typeof a === "function");
        const failure = this.settingsSaveFailure;
        if (failure === null) {
          this.documentSettings.clear();
          for (const [name, value] of this.paneSettings) this.documentSettings.set(name, JSON.stringify(value));
        }
        const result = failure === null ? { status: "succeeded", value: undefined, error: undefined } : { status: "failed", value: undefined, error: { name: "Internal Error", code: 5001, message: failure } };
        // office.js answers later, never inside the call.
        setTimeout(() => callback?.(result), 0);
      },
    };
  }

  /** Puts `Excel` and `Office` on the global object; returns the function that takes them away again. */
  install(): () => void {
    this.reopen();
    const g = globalThis as Record<string, unknown>;
    const before = { Excel: g.Excel, Office: g.Office };
    g.Excel = {
      CalculationType: { recalculate: "Recalculate", full: "Full", fullRebuild: "FullRebuild" },
      // ExcelApi 1.8: opens a new workbook (a new window on desktop, a new tab on the web) from a .xlsx as
      // base64. Below 1.8 Excel has no such API; a string that is not a workbook is refused.
      createWorkbook: async (base64?: string): Promise<void> => {
        if (!versionAtMost("1.8", this.excelApi)) throw Object.assign(new Error("This API is not supported on this platform."), { code: "ApiNotFound" });
        const bytes = base64 === undefined ? new Uint8Array() : Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
        if (base64 !== undefined && !(bytes[0] === 0x50 && bytes[1] === 0x4b)) throw Object.assign(new Error("The argument is invalid or missing or has an incorrect format."), { code: "InvalidArgument" });
        this.createdWorkbooks.push(bytes);
      },
      run: async <T>(batch: (context: FakeContext) => Promise<T>): Promise<T> => {
        const context = new FakeContext(this);
        const result = await batch(context);
        if (context.pending > 0) throw new Error(`The fake Excel: ${context.pending} operations were queued but never synced.`);
        return result;
      },
    };
    g.Office = {
      AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
      PlatformType: { PC: "PC", Mac: "Mac", OfficeOnline: "OfficeOnline", iOS: "iOS", Android: "Android", Universal: "Universal" },
      context: {
        platform: this.platform,
        requirements: { isSetSupported: (name: string, version: string) => name === "ExcelApi" && versionAtMost(version, this.excelApi) },
        document: { settings: this.settingsApi() },
      },
      onReady: async () => ({ host: "Excel", platform: this.platform }),
    };
    return () => Object.assign(g, before);
  }

  sheet(name: string): FakeSheet {
    const s = this.workbook.sheet(name);
    if (!s) throw new Error(`The fake has no sheet "${name}"`);
    return s;
  }

  /** The raw content of a cell, e.g. raw("Combined", "H2"). */
  raw(sheet: string, address: string): Raw | undefined {
    const r = parseAddress(address);
    return this.sheet(sheet).raw(r.top, r.left);
  }

  /** Largest request and response of any sync so far. */
  largestSync(): { request: number; response: number } {
    return { request: Math.max(0, ...this.syncs.map((s) => s.requestBytes)), response: Math.max(0, ...this.syncs.map((s) => s.responseBytes)) };
  }

  resetCounts(): void {
    this.syncs.length = 0;
    this.log.length = 0;
  }
}
