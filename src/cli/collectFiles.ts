import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";

const PLAN_FILE = /\.(xlsx|xlsm|csv)$/i;

/**
 * Expands the command's arguments: files are kept as given (the reader reports what it cannot read),
 * folders give their .xlsx/.xlsm/.csv files in name order, skipping Excel's "~$" lock files.
 */
export function collectFiles(args: readonly string[]): string[] {
  const files: string[] = [];
  for (const arg of args) {
    let isDir = false;
    try {
      isDir = statSync(arg).isDirectory();
    } catch {
      // Missing paths go through as files so the reader reports them as "not found" alongside the rest.
    }
    if (!isDir) {
      files.push(arg);
      continue;
    }
    const names = readdirSync(arg)
      .filter((n) => PLAN_FILE.test(n) && !n.startsWith("~$"))
      .sort((a, b) => a.localeCompare(b, "en-GB"));
    files.push(...names.map((n) => join(arg, n)));
  }
  return files;
}
