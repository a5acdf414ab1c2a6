/**
 * The pane's "District return workbook": built as .xlsx bytes (the same workbook as `plancheck template
 * --return`) and opened in Excel as a new workbook with Excel.createWorkbook (ExcelApi 1.8, below the 1.13 the
 * pane needs anyway), so the officer saves it where they keep returns and sends it out. A download would not
 * do: Excel on Mac ignores downloads from a pane (office-js #2700).
 * Loaded on first use: it brings exceljs.
 */
import type { Template } from "../../model/templates/types";
import { buildReturnWorkbook } from "../../workbook/returnWorkbook";
import { officerError } from "./run";

function base64Of(bytes: Uint8Array): string {
  let binary = "";
  // In slices: String.fromCharCode with a whole workbook's bytes would overflow the call stack.
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export async function openReturnWorkbook(template: Template): Promise<string> {
  const bytes = await buildReturnWorkbook(template);
  try {
    await Excel.createWorkbook(base64Of(bytes));
  } catch (error) {
    throw officerError(error, "Opening the district return workbook");
  }
  return "opened as a new workbook: save it, then send it to each district to fill in";
}
