/** Formats and colours shared by the combined workbook's sheets. */
import type ExcelJS from "exceljs";
import type { Rag } from "../../model/flags/types";

export const DATE_FORMAT = "dd/mm/yyyy";
export const TIMESTAMP_FORMAT = "dd/mm/yyyy hh:mm:ss";
export const PERCENT_FORMAT = "0%";
export const TABLE_STYLE = "TableStyleMedium2";

/** Column width bounds, in Excel's character units. */
export const MIN_WIDTH = 6;
export const MAX_WIDTH = 60;

/** Fill and text colour for each RAG value (Excel's own "good / neutral / bad" tones, plus blue and grey). */
export const RAG_COLOURS: Record<Rag, { fill: string; font: string }> = {
  red: { fill: "FFFFC7CE", font: "FF9C0006" },
  amber: { fill: "FFFFEB9C", font: "FF9C5700" },
  green: { fill: "FFC6EFCE", font: "FF006100" },
  blue: { fill: "FFBDD7EE", font: "FF1F4E78" },
  grey: { fill: "FFD9D9D9", font: "FF404040" },
};

export const RAG_ORDER: readonly Rag[] = ["red", "amber", "green", "blue", "grey"];

export type ColumnFormat = "text" | "wrap" | "number" | "date" | "timestamp" | "percent" | "boolean";

/** One style object per format, for one workbook. */
export type SharedStyles = Record<ColumnFormat, Partial<ExcelJS.Style>>;

/**
 * A style object per format, to be shared by every cell of that format in one workbook. exceljs keys its
 * style table on the style object's identity, so sharing one object keeps a 100,000-row sheet from
 * building (and hashing) a style per cell. Cells that share an object share changes to it: to restyle one
 * cell, give it a new object (`cell.style = { ... }`).
 */
export function sharedStyles(): SharedStyles {
  const top = (extra: Partial<ExcelJS.Alignment> = {}): Partial<ExcelJS.Alignment> => ({ vertical: "top", ...extra });
  return {
    text: { alignment: top() },
    wrap: { alignment: top({ wrapText: true }) },
    number: { numFmt: "0", alignment: top() },
    date: { numFmt: DATE_FORMAT, alignment: top({ horizontal: "left" }) },
    timestamp: { numFmt: TIMESTAMP_FORMAT, alignment: top({ horizontal: "left" }) },
    percent: { numFmt: PERCENT_FORMAT, alignment: top() },
    boolean: { alignment: top({ horizontal: "center" }) },
  };
}
