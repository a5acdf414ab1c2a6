import { createHash } from "node:crypto";
import { basename } from "node:path";
import type { Parsers } from "../model/analyse/analyseSheet";
import type { AnalyseOptions } from "../model/analyse/types";
import type { CombineSource } from "../model/combine/combine";
import type { DistrictRule } from "../model/combine/districtRule";
import { toCombineSource, type ReadSource } from "../model/combine/source";
import { readWorkbook } from "../workbook/readWorkbook";

/** Reads one file from disk (recording its size and SHA-256) and turns it into a combine source. */
export async function readCombineSource(
  file: string,
  rule: DistrictRule,
  options: AnalyseOptions,
  parsers: Record<1900 | 1904, Parsers>,
): Promise<CombineSource> {
  let bytes = 0;
  let sha256 = "";
  const name = basename(file);
  const read = await readWorkbook(file, {
    onBytes: (data) => {
      bytes = data.byteLength;
      sha256 = createHash("sha256").update(data).digest("hex");
    },
  });
  const source: ReadSource = read.ok
    ? { name, path: file, bytes, sha256, sheets: read.book.sheets, warnings: read.book.warnings }
    : { name, path: file, bytes, sha256, error: read.error };
  return toCombineSource(source, rule, options, parsers);
}
