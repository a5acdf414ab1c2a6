/**
 * A sheet's merged areas, as Excel lets an add-in read them (Range.getMergedAreasOrNullObject, ExcelApi 1.13):
 * - it fails when the range holds more than 512 merged areas, and gives only the areas whose top-left cell is
 *   in the range (office-js #3611): so blocks of rows that partition the sheet give each area exactly once;
 * - its `address` can name only each area's top-left cell (office-js #1590): the geometry is read from
 *   `areas.items` (rowIndex, columnIndex, rowCount, columnCount), loaded in the same query so that a block
 *   without merged areas (a null object) costs nothing more.
 *
 * A sheet is first asked whole, with its other first questions (one sync, as almost every plan has far fewer
 * than 512 merged areas). When Excel refuses, the rows from the top to the last used row are read in blocks of
 * at most 256 rows (a merged cell on every row stays under the limit), up to 68 blocks a sync (each answer at
 * most 512 areas, so a sync's response stays under SYNC_BYTES whatever the sheet holds); a sync Excel refuses
 * is asked again with blocks half as tall (then half as wide, for a row of more than 512 merged cells), and
 * blocks that came back sparse double in height. A 100,000-row plan with a merged cell on every row: the
 * refused first look, the second, then 6 syncs of merged areas.
 * Merged areas that start below the last row holding a value hold nothing and are not read in blocks.
 */
import type { CellRange } from "../../model/grid";
import { SYNC_BYTES } from "./chunking";
import { codeOf } from "./run";

/** Excel refuses to give the merged areas of a range holding more than this many. */
export const MAX_MERGED_AREAS = 512;
/** What one area costs in the response: its four numbers, their names and its frame. */
const AREA_BYTES = 100;
const FIRST_BLOCK_ROWS = MAX_MERGED_AREAS / 2;
const BLOCKS_PER_SYNC = Math.floor(SYNC_BYTES / (MAX_MERGED_AREAS * AREA_BYTES));
const SHEET_COLUMNS = 16_384;
const AREA_PROPERTIES = ["rowIndex", "columnIndex", "rowCount", "columnCount"].map((p) => `areas/items/${p}`).join(",");

/** Queues the reading of `range`'s merged areas (those starting in it); call the result after the next sync. */
export function askMergedAreas(range: Excel.Range): () => CellRange[] {
  const merged = range.getMergedAreasOrNullObject();
  merged.load(AREA_PROPERTIES);
  return () =>
    merged.isNullObject
      ? []
      : merged.areas.items
          .filter((a) => a.rowCount * a.columnCount > 1)
          .map((a) => ({ top: a.rowIndex, left: a.columnIndex, bottom: a.rowIndex + a.rowCount - 1, right: a.columnIndex + a.columnCount - 1 }));
}

/** Errors that say something other than "too many merged areas": reading smaller blocks would not help. */
const notARefusal = (e: unknown): boolean => ["ItemNotFound", "InvalidOperationInCellEditMode", "AccessDenied"].includes(codeOf(e));

/** A sheet's first question was refused: was it for its merged areas? (Then read them in blocks.) */
export const mayBeTooManyMergedAreas = (e: unknown): boolean => !notARefusal(e);

interface Block {
  top: number;
  left: number;
  rows: number;
  cols: number;
}

/** The merged areas starting in rows 0…rows-1 of `sheet`, read in blocks (see above). */
export async function readMergedAreasInBlocks(context: Excel.RequestContext, sheet: Excel.Worksheet, rows: number): Promise<CellRange[]> {
  const merges: CellRange[] = [];
  // Each area should come once, from the block holding its top-left cell; should Excel also give areas that
  // only cross a block, an area spanning two blocks must still be counted once.
  const seen = new Set<string>();
  let height = Math.min(FIRST_BLOCK_ROWS, Math.max(1, rows));
  let width = SHEET_COLUMNS;
  let at = { row: 0, col: 0 };
  while (at.row < rows) {
    const blocks: Block[] = [];
    for (let next = at; blocks.length < BLOCKS_PER_SYNC && next.row < rows; ) {
      const block = { top: next.row, left: next.col, rows: Math.min(height, rows - next.row), cols: Math.min(width, SHEET_COLUMNS - next.col) };
      blocks.push(block);
      next = block.left + block.cols < SHEET_COLUMNS ? { row: block.top, col: block.left + block.cols } : { row: block.top + block.rows, col: 0 };
    }
    const answers = blocks.map((b) => askMergedAreas(sheet.getRangeByIndexes(b.top, b.left, b.rows, b.cols)));
    try {
      await context.sync();
    } catch (e) {
      if (notARefusal(e)) throw e;
      // One of the blocks holds more than Excel gives at once (which one, Excel does not say): all smaller.
      if (height > 1) height = Math.ceil(height / 2);
      else if (width > 1) width = Math.ceil(width / 2);
      else throw e;
      continue;
    }
    let most = 0;
    for (const answer of answers) {
      const found = answer();
      most = Math.max(most, found.length);
      for (const m of found) {
        const key = `${m.top},${m.left},${m.bottom},${m.right}`;
        if (!seen.has(key)) merges.push(m);
        seen.add(key);
      }
    }
    const last = blocks[blocks.length - 1];
    at = last.left + last.cols < SHEET_COLUMNS ? { row: last.top, col: last.left + last.cols } : { row: last.top + last.rows, col: 0 };
    if (at.col === 0) width = SHEET_COLUMNS;
    if (width === SHEET_COLUMNS && most * 4 <= MAX_MERGED_AREAS) height = Math.min(height * 2, Math.max(1, rows));
  }
  return merges;
}
