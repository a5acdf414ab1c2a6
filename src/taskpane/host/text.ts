/**
 * What the add-in hands Excel for each cell, and the one rule that keeps text text.
 *
 * Excel reads a value written through the API as if it were typed: "=…", "+…", "-…" and "@…" become
 * formulas (so "=HYPERLINK(…)" from a plan would become a live link), "-5" and "2010" numbers, "30/04/2009"
 * and "May 2009" dates, "TRUE" a boolean, "50%" a fraction. A leading apostrophe — Excel's quote prefix — makes
 * Excel store the rest exactly as written, as text, and is not part of the value (reading the cell back gives
 * the text without it). So every text PlanCheck writes, whatever it starts with, goes through `textInput`,
 * after the same clean-up as the CLI's workbook: line breaks as LF, characters a workbook cannot carry
 * dropped, at most 32,767 characters. Formulas are only ever PlanCheck's own (`formulaInput`).
 */
import { isoToSerial } from "../../model/excelDate";
import type { DateSystem } from "../../model/grid";
import { isFormula, type Value } from "../../workbook/combined/columns";
import { MAX_CELL_TEXT, plainCellText } from "../../workbook/combined/text";

/** A cell's input as Office.js takes it: "" clears the cell. */
export type CellInput = string | number | boolean;

const DAY_MS = 86_400_000;

/** A text cell's input: the text after a quote prefix ("" for a blank). */
export function textInput(text: string | null | undefined): string {
  // The apostrophe is not part of the value, but it is part of what is sent: leave room for it.
  const t = plainCellText(text, MAX_CELL_TEXT - 1);
  return t === null ? "" : `'${t}`;
}

/** One of PlanCheck's own formulas (text without the leading "="). */
export function formulaInput(formula: string): string {
  return `=${formula}`;
}

/** An instant as a date serial of the workbook's date system; the time of day (UTC) is the fraction. */
export function dateSerial(d: Date, system: DateSystem): number | "" {
  const ms = d.getTime();
  if (!Number.isFinite(ms)) return "";
  const day = Math.floor(ms / DAY_MS);
  const iso = new Date(day * DAY_MS).toISOString().slice(0, 10);
  return isoToSerial(iso, system) + (ms - day * DAY_MS) / DAY_MS;
}

/** A combined-workbook value (see src/workbook/combined/columns.ts) as Excel's input. */
export function cellInput(v: Value, system: DateSystem): CellInput {
  if (v === null) return "";
  if (typeof v === "string") return textInput(v);
  if (typeof v === "number") return Number.isFinite(v) ? v : "";
  if (typeof v === "boolean") return v;
  if (v instanceof Date) return dateSerial(v, system);
  return isFormula(v) ? formulaInput(v.formula) : "";
}
