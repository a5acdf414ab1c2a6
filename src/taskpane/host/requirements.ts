/**
 * The Excel JavaScript API the host needs. The newest features it uses: merged areas
 * (Range.getMergedAreasOrNullObject, ExcelApi 1.13); worksheet custom properties, which mark the sheets
 * PlanCheck made (1.12); cell properties for bold and colour, RangeAreas, autoFill and copyFrom (1.9).
 */
import { HostProblem } from "./run";
export const EXCEL_API = "ExcelApi";
export const EXCEL_API_VERSION = "1.13";

export const OLD_EXCEL_MESSAGE =
  `This version of Excel is too old for the PlanCheck pane: it needs the Excel JavaScript API ${EXCEL_API_VERSION} or later, ` +
  "which Microsoft 365 (version 2102 or later), Excel 2021, Excel for Mac 16.50 or later and Excel on the web have. " +
  "Update Office (File › Account › Update Options › Update Now), or open the workbook in Excel on the web. " +
  "The =PLAN.* formulas and the PlanCheck command line work without it.";

/** Excel too old for the pane: the one start-up failure that trying again cannot mend (Office needs updating). */
export class ExcelTooOld extends HostProblem {}

/** Throws ExcelTooOld, whose message the pane shows as it is, when the host lacks the API the add-in uses. */
export function requireExcelApi(isSetSupported: (name: string, version: string) => boolean): void {
  let ok = false;
  try {
    ok = isSetSupported(EXCEL_API, EXCEL_API_VERSION);
  } catch {
    ok = false;
  }
  if (!ok) throw new ExcelTooOld(OLD_EXCEL_MESSAGE);
}
