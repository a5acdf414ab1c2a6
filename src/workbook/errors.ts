import type { FileError, FileErrorCode } from "./types";

/** Thrown inside the readers; readWorkbook / readXlsxBuffer turn it into a FileError result. */
export class ReadFailure extends Error {
  readonly code: FileErrorCode;
  /** Short reason, worked into the user message. */
  readonly detail: string;
  constructor(code: FileErrorCode, detail = "") {
    super(`${code}: ${detail}`);
    this.name = "ReadFailure";
    this.code = code;
    this.detail = detail;
  }
}

/** The last path segment, for either separator (the add-in passes plain names). */
export function baseName(path: string): string {
  const parts = path.split(/[\\/]/);
  return parts[parts.length - 1] || path;
}

function withDetail(detail: string): string {
  return detail ? ` (${detail})` : "";
}

/** Builds the user-facing message for an error code. */
export function fileError(code: FileErrorCode, file: string, detail = ""): FileError {
  const name = baseName(file);
  let message: string;
  switch (code) {
    case "not-found":
      message = `${name} was not found: check the folder and the file name.`;
      break;
    case "unreadable":
      message = `${name} could not be read${withDetail(detail)}: check that you have access to it and that no other program has it locked, then try again.`;
      break;
    case "empty-file":
      message = `${name} is empty (0 bytes): it may not have finished saving, copying or downloading; get a fresh copy of the file.`;
      break;
    case "legacy-xls":
      message = `${name} is saved in the old Excel 97-2003 (.xls) format: open it in Excel and save it as an .xlsx workbook.`;
      break;
    case "opendocument":
      message = `${name} is an OpenDocument spreadsheet (.ods): open it in Excel or LibreOffice Calc and save it as an .xlsx workbook.`;
      break;
    case "xlsb":
      message = `${name} is saved as an Excel Binary Workbook (.xlsb): open it in Excel and save it as an .xlsx workbook.`;
      break;
    case "encrypted":
      message = `${name} is password-protected: open it in Excel, remove the password (File › Info › Protect Workbook) and save it again.`;
      break;
    case "corrupt":
      message = `${name} is damaged${withDetail(detail)}: open it in Excel, which may offer to repair it, and save it again, or get a fresh copy.`;
      break;
    case "no-sheets":
      message = `${name} contains no worksheets${withDetail(detail)}: check it is the right file; if it is, put the plan on a worksheet in Excel and save it again.`;
      break;
    case "unsupported-format":
      message = `${name} is not a file PlanCheck can read${withDetail(detail)}: save the plan as an Excel workbook (.xlsx) or a CSV file.`;
      break;
    case "timeout":
      message = `${name} took too long to read and was abandoned${withDetail(detail)}: it may be damaged or very large; open it in Excel, delete unused rows, columns and sheets, and save it again.`;
      break;
    case "too-large":
      message = `${name} is too large to read${withDetail(detail)}: open it in Excel, delete unused rows, columns and sheets (or split it), and save it again.`;
      break;
  }
  return { code, message };
}
