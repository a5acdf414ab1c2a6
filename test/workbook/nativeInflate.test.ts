/**
 * In Node, zip parts are inflated by zlib instead of JSZip (zip.ts useNativeInflate). Both paths must read
 * every workbook identically; the browser only has the JSZip one.
 */
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { readXlsxBuffer } from "../../src/workbook/readBuffer";
import "../../src/workbook/readWorkbook"; // registers zlib as the native inflater
import { useNativeInflate } from "../../src/workbook/zip";
import * as zlib from "node:zlib";

const fixtures = path.resolve(__dirname, "../fixtures");
const corpus = path.resolve(__dirname, "../../../shared/corpus/odd");
const files = [
  ...readdirSync(fixtures).filter((f) => f.endsWith(".xlsx")).map((f) => path.join(fixtures, f)),
  ...["date1904.xlsx", "merged-cells.xlsx", "rich-text.xlsx", "strict-ooxml.xlsx", "workbook-path-wtf.xlsx", "fuzz-stream-nosettle.xlsx", "derived-truncated-form.xlsx"].map((f) => path.join(corpus, f)),
];

afterAll(() => useNativeInflate((packed, size) => zlib.inflateRawSync(packed, { maxOutputLength: Math.max(size, 1) })));

test.each(files.map((f) => [path.basename(f), f]))("%s reads the same with zlib and with JSZip", async (name, file) => {
  const bytes = new Uint8Array(readFileSync(file));
  useNativeInflate((packed, size) => zlib.inflateRawSync(packed, { maxOutputLength: Math.max(size, 1) }));
  const native = await readXlsxBuffer(bytes, name);
  useNativeInflate(undefined);
  const jszip = await readXlsxBuffer(bytes, name);
  expect(native).toEqual(jszip);
});
