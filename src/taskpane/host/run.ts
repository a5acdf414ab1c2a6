/**
 * Every call into Excel goes through excelRun, so that what fails reaches the pane as an Error whose message
 * an officer can act on (the pane shows it in its message bar), with Excel's own error kept as `cause`.
 */

/** Office.js errors carry a code such as "ItemNotFound" beside their message. */
export function codeOf(e: unknown): string {
  const code = (e as { code?: unknown } | null)?.code;
  return typeof code === "string" ? code : "";
}

function messageOf(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/** Excel on the web refused a sync for its size (request or response over 5 MB). */
export function isPayloadTooLarge(e: unknown): boolean {
  return /PayloadSizeLimitExceeded|PayloadTooLarge/i.test(codeOf(e));
}

/** An Error saying what failed (`doing`, e.g. "Reading the sheet \"Plan\"") and what to do about it. */
export function officerError(e: unknown, doing: string): Error {
  if (e instanceof HostProblem) return e;
  const code = codeOf(e);
  let advice: string;
  switch (code) {
    case "InvalidOperationInCellEditMode":
      advice = "Excel is busy editing a cell: press Enter or Esc to leave the cell, then try again.";
      break;
    case "AccessDenied":
    case "InsertDeleteConflict":
      advice = "Excel would not allow the change (the sheet or workbook may be protected, or shared and locked): unprotect it (Review › Unprotect Sheet) and try again.";
      break;
    default:
      advice = isPayloadTooLarge(e)
        ? "Excel refused to move that much data in one go. Try again; if it happens again, check fewer rows at a time."
        : `Excel said: ${messageOf(e)}${code ? ` (${code})` : ""}. Try again; if it keeps failing, close and reopen the pane.`;
  }
  return new Error(`${doing} did not work. ${advice}`, { cause: e });
}

/** A problem PlanCheck found itself, whose message is already meant for the officer. */
export class HostProblem extends Error {}

/** Runs `work` in an Excel batch context; failures come back as officer-readable Errors. */
export async function excelRun<T>(doing: string, work: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
  try {
    return await Excel.run(work);
  } catch (e) {
    throw officerError(e, doing);
  }
}
