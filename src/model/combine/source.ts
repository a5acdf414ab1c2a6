import { analyseBook } from "../analyse/analyseBook";
import type { Parsers } from "../analyse/analyseSheet";
import type { AnalyseOptions } from "../analyse/types";
import type { Grid } from "../grid";
import type { CombineSource } from "./combine";
import { resolveDistrict, type DistrictRule } from "./districtRule";

/** One file as read by whichever reader the platform has (CLI: from disk; task pane: picked files). */
export type ReadSource =
  | { name: string; path?: string; bytes: number; sha256: string; sheets: readonly Grid[]; warnings: readonly string[] }
  | { name: string; path?: string; bytes: number; sha256: string; error: { code: string; message: string } };

/**
 * Analyses one read file and names its district: the step the CLI and the task pane share between reading
 * a file and combining. Pass the run's parsers so texts repeated across districts are parsed once.
 */
export function toCombineSource(
  read: ReadSource,
  rule: DistrictRule,
  options: AnalyseOptions,
  parsers: Record<1900 | 1904, Parsers>,
): CombineSource {
  const sheets = "sheets" in read ? read.sheets : [];
  const { district, note } = resolveDistrict(read.name, sheets, rule);
  const file = read.path ?? read.name;
  const report =
    "sheets" in read
      ? { file, error: null, warnings: [...read.warnings], sheets: analyseBook(read.sheets, options, parsers) }
      : { file, error: read.error, warnings: [], sheets: [] };
  return { report, file: read.name, district, districtNote: note, bytes: read.bytes, sha256: read.sha256 };
}
