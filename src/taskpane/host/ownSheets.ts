/**
 * The sheets PlanCheck makes (its settings sheet, the combined output) carry a worksheet custom property
 * "PlanCheck" saying which they are. PlanCheck replaces or deletes only sheets so marked: an officer's own
 * sheet that happens to be called "Summary" is never touched, and PlanCheck's is then called
 * "Summary (PlanCheck)". The mark goes with the sheet when it is renamed or moved.
 */
export const OWNER_PROPERTY = "PlanCheck";

export type SheetRole = "settings" | "Combined" | "Summary" | "Issues" | "Changes" | "About";

export interface SheetInfo {
  sheet: Excel.Worksheet;
  name: string;
  visibility: string;
  /** What PlanCheck made the sheet for; null for the officer's own sheets. */
  role: SheetRole | null;
  /** Names of the tables on the sheet. */
  tables: string[];
  /** The sheet's own (sheet-scoped) defined names. */
  names: string[];
}

/** Every sheet of the workbook, in order, with its PlanCheck role, its tables and its own names: two syncs. */
export async function listSheets(context: Excel.RequestContext): Promise<SheetInfo[]> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name,items/visibility");
  await context.sync();
  const marks = sheets.items.map((sheet) => {
    const mark = sheet.customProperties.getItemOrNullObject(OWNER_PROPERTY);
    mark.load("value");
    sheet.tables.load("items/name");
    sheet.names.load("items/name");
    return mark;
  });
  await context.sync();
  return sheets.items.map((sheet, i) => ({
    sheet,
    name: sheet.name,
    visibility: sheet.visibility,
    role: marks[i].isNullObject ? null : (marks[i].value as SheetRole),
    tables: sheet.tables.items.map((t) => t.name),
    names: sheet.names.items.map((n) => n.name),
  }));
}

/** Marks a sheet as PlanCheck's (queued). */
export function claimSheet(sheet: Excel.Worksheet, role: SheetRole): void {
  sheet.customProperties.add(OWNER_PROPERTY, role);
}

const MAX_SHEET_NAME = 31;

/**
 * `base` if no sheet in `taken` (lower-cased names) has it, else "base (PlanCheck)", "base (PlanCheck 2)"…
 * (Excel compares sheet names ignoring case). The name found is added to `taken`.
 */
export function freeSheetName(base: string, taken: Set<string>): string {
  const candidates = function* (): Generator<string> {
    yield base;
    yield `${base} (PlanCheck)`;
    for (let i = 2; ; i++) yield `${base} (PlanCheck ${i})`;
  };
  for (const candidate of candidates()) {
    const name = candidate.slice(0, MAX_SHEET_NAME);
    if (!taken.has(name.toLowerCase())) {
      taken.add(name.toLowerCase());
      return name;
    }
  }
  return base; // unreachable: the generator never ends
}
