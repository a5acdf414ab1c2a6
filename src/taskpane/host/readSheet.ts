/**
 * A worksheet's cells as the model's Grid, read through Office.js in a bounded number of syncs.
 *
 * Sync 1 asks for the used range's position, the sheet's visibility, its merged areas and the workbook's
 * date system (a sheet of more than 512 merged areas is asked again without them, and its merged areas are
 * read in blocks: mergedAreas.ts). Then the used range is read in row blocks of at most 20,000 rows and
 * 100,000 cells (values, value types, number formats, and bold and font colour through getCellProperties),
 * a group of blocks per sync, as Microsoft advises for large ranges on every platform ("Read or write to a
 * large range"): each group is sized from the bytes per cell seen so far (starting from a cautious guess) to
 * stay under SYNC_BYTES, and a group Excel on the web still refuses for its size (5 MB) is read again in
 * smaller groups (at most half, sized for at least the limit it passed). A 100-row sheet takes two syncs;
 * 100,000 rows one more sync per ~3 MB of cells.
 *
 * The grid starts at A1 (rows above and columns left of the used range are empty), rows end at their last
 * non-empty cell, and cells convert as the file reader converts them: a number whose format shows a date
 * becomes a date (in the workbook's date system), errors stay errors, empty strings are empty cells.
 * What Office.js cannot tell: a cell whose first line only is bold (the file reader's `boldLead`).
 */
import { serialToIso } from "../../model/excelDate";
import { EMPTY, type Cell, type CellRange, type CellStyle, type DateSystem, type Grid } from "../../model/grid";
import { isPlainTextColor, normaliseRgb } from "../../workbook/colors";
import { isDateFormatCode } from "../../workbook/numFmt";
import { jsonBytes, SYNC_BYTES } from "./chunking";
import { askDateSystem } from "./dateSystem";
import { askMergedAreas, mayBeTooManyMergedAreas, readMergedAreasInBlocks } from "./mergedAreas";
import { codeOf, HostProblem, isPayloadTooLarge } from "./run";

/** Excel reads at most 5,000,000 cells of a range at once; PlanCheck will not read more of a sheet. */
export const MAX_READ_CELLS = 5_000_000;
const BLOCK_ROWS = 20_000;
const BLOCK_CELLS = 100_000;
/** Excel on the web's limit on a response. */
const RESPONSE_LIMIT = 5 * 1024 * 1024;
/** A cautious first guess at a cell's share of the response: value, type, format and font. */
const FIRST_BYTES_PER_CELL = 120;

const FONT_PROPERTIES: Excel.CellPropertiesLoadOptions = { format: { font: { bold: true, color: true } } };

/** Caches shared by the conversion of one sheet's blocks. */
export interface Converter {
  dateSystem: DateSystem;
  /** Number format → shows a date. */
  dateFormats: Map<string, boolean>;
  /** Serial day → ISO date. */
  dates: Map<number, string | undefined>;
  /** One frozen style object per look, shared by the cells that have it. */
  styles: Map<string, CellStyle>;
}

export function converter(dateSystem: DateSystem): Converter {
  return { dateSystem, dateFormats: new Map(), dates: new Map(), styles: new Map() };
}

function isDateFormat(format: unknown, cv: Converter): boolean {
  if (typeof format !== "string") return false;
  let is = cv.dateFormats.get(format);
  if (is === undefined) {
    is = isDateFormatCode(format);
    cv.dateFormats.set(format, is);
  }
  return is;
}

function isoOf(serial: number, cv: Converter): string | undefined {
  const day = Math.floor(serial);
  if (cv.dates.has(day)) return cv.dates.get(day);
  const iso = serialToIso(day, cv.dateSystem);
  if (cv.dates.size < 100_000) cv.dates.set(day, iso);
  return iso;
}

function styleOf(props: Excel.CellProperties | undefined, cv: Converter): CellStyle | undefined {
  const font = props?.format?.font;
  if (!font) return undefined;
  const bold = font.bold === true;
  const rgb = typeof font.color === "string" ? normaliseRgb(font.color) : undefined;
  const color = rgb && !isPlainTextColor(rgb) ? rgb : undefined;
  if (!bold && !color) return undefined;
  const key = `${bold ? "b" : ""}|${color ?? ""}`;
  let style = cv.styles.get(key);
  if (!style) {
    const s: CellStyle = {};
    if (bold) s.bold = true;
    if (color) s.color = color;
    style = Object.freeze(s);
    cv.styles.set(key, style);
  }
  return style;
}

/** One cell from what Office.js returns for it. */
export function cellOf(value: unknown, type: string, format: unknown, props: Excel.CellProperties | undefined, cv: Converter): Cell {
  let cell: Cell;
  if (type === "Empty" || value === "" || value === null || value === undefined) return EMPTY;
  if (type === "Error") cell = { kind: "error", value: String(value) };
  else if (typeof value === "boolean") cell = { kind: "boolean", value };
  else if (typeof value === "number") {
    const iso = isDateFormat(format, cv) ? isoOf(value, cv) : undefined;
    cell = iso ? { kind: "date", value: iso } : { kind: "number", value };
  } else cell = { kind: "text", value: String(value) };
  const style = styleOf(props, cv);
  if (style) cell.style = style;
  return cell;
}

/** Grid rows for a block of the used range starting at column `left`; each row ends at its last non-empty cell. */
export function blockRows(
  left: number,
  values: unknown[][],
  types: string[][],
  formats: unknown[][],
  props: Excel.CellProperties[][] | undefined,
  cv: Converter,
): Cell[][] {
  return values.map((row, r) => {
    const cells: Cell[] = [];
    let end = 0;
    for (let c = 0; c < row.length; c++) {
      const cell = cellOf(row[c], types[r]?.[c] ?? "", formats[r]?.[c], props?.[r]?.[c], cv);
      cells.push(cell);
      if (cell !== EMPTY) end = c + 1;
    }
    if (end === 0) return [];
    const out: Cell[] = new Array<Cell>(left).fill(EMPTY);
    for (let c = 0; c < end; c++) out.push(cells[c]);
    return out;
  });
}

interface Block {
  range: Excel.Range;
  props: OfficeExtension.ClientResult<Excel.CellProperties[][]>;
}

/** What the first sync finds out about a sheet; `merges` null when Excel would not give them all at once. */
interface FirstLook {
  sheet: Excel.Worksheet;
  used: Excel.Range;
  merges: CellRange[] | null;
  dateSystem: DateSystem;
}

async function firstLook(context: Excel.RequestContext, name: string, withMerges: boolean): Promise<FirstLook> {
  const sheet = context.workbook.worksheets.getItem(name);
  sheet.load("name,visibility");
  const used = sheet.getUsedRangeOrNullObject(true);
  used.load("rowIndex,columnIndex,rowCount,columnCount");
  const merges = withMerges ? askMergedAreas(sheet.getRange()) : null;
  const dateSystem = askDateSystem(context);
  try {
    await context.sync();
  } catch (e) {
    if (codeOf(e) === "ItemNotFound") throw new HostProblem(`There is no sheet called "${name}" in this workbook any more (it may have been renamed or deleted). Choose the sheet again.`);
    throw e;
  }
  return { sheet, used, merges: merges && merges(), dateSystem: dateSystem() };
}

/** Reads the sheet called `name`. */
export async function readSheet(context: Excel.RequestContext, name: string): Promise<Grid> {
  let look: FirstLook;
  try {
    look = await firstLook(context, name, true);
  } catch (e) {
    // More than 512 merged areas (Excel does not say so in its error): look again without them.
    if (e instanceof HostProblem || !mayBeTooManyMergedAreas(e)) throw e;
    look = await firstLook(context, name, false);
  }
  const { sheet, used } = look;
  const merges = look.merges ?? (used.isNullObject ? [] : await readMergedAreasInBlocks(context, sheet, used.rowIndex + used.rowCount));
  const grid: Grid = { name: sheet.name, rows: [], merges, dateSystem: look.dateSystem };
  if (sheet.visibility !== "Visible") grid.hidden = true;
  if (used.isNullObject) return grid;

  const { rowIndex: top, columnIndex: left, rowCount, columnCount } = used;
  if (rowCount * columnCount > MAX_READ_CELLS) {
    throw new HostProblem(
      `"${name}" uses ${(rowCount * columnCount).toLocaleString("en-GB")} cells (${rowCount.toLocaleString("en-GB")} rows × ${columnCount} columns); ` +
        `PlanCheck reads at most ${MAX_READ_CELLS.toLocaleString("en-GB")}. Delete the rows and columns the plan does not use, or check a copy that holds only the plan.`,
    );
  }
  for (let r = 0; r < top; r++) grid.rows.push([]);

  const cv = converter(grid.dateSystem);
  const rowsPerBlock = Math.max(1, Math.min(BLOCK_ROWS, Math.floor(BLOCK_CELLS / columnCount)));
  let bytesPerCell = FIRST_BYTES_PER_CELL;
  const rowsPerSync = (): number => Math.max(1, Math.floor(SYNC_BYTES / (bytesPerCell * columnCount)));
  let group = rowsPerSync();
  for (let next = 0; next < rowCount; ) {
    const count = Math.min(group, rowCount - next);
    const blocks: Block[] = [];
    for (let start = next; start < next + count; start += rowsPerBlock) {
      const range = sheet.getRangeByIndexes(top + start, left, Math.min(rowsPerBlock, next + count - start), columnCount);
      range.load("values,valueTypes,numberFormat");
      blocks.push({ range, props: range.getCellProperties(FONT_PROPERTIES) });
    }
    try {
      await context.sync();
    } catch (e) {
      if (!(count > 1 && isPayloadTooLarge(e))) throw e;
      // Those rows came to more than Excel sends at once: count on at least that much from now on.
      bytesPerCell = Math.max(bytesPerCell, (1.25 * RESPONSE_LIMIT) / (count * columnCount));
      group = Math.min(Math.ceil(count / 2), rowsPerSync());
      continue;
    }
    let bytes = 0;
    for (const { range, props } of blocks) {
      grid.rows.push(...blockRows(left, range.values, range.valueTypes, range.numberFormat, props.value, cv));
      bytes += jsonBytes(range.values) + jsonBytes(range.valueTypes) + jsonBytes(range.numberFormat) + jsonBytes(props.value);
    }
    bytesPerCell = Math.max(bytesPerCell, (1.25 * bytes) / (count * columnCount));
    group = rowsPerSync();
    next += count;
  }
  while (grid.rows.length > 0 && grid.rows[grid.rows.length - 1].length === 0) grid.rows.pop();
  return grid;
}
