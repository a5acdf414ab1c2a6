/** District fixtures as the pane receives picked files: a name and the bytes. */
import { readFileSync } from "node:fs";
import path from "node:path";
import type { PickedFile } from "../../../src/taskpane/files/readPickedFile";

export const FIXTURES = path.resolve(__dirname, "..", "..", "fixtures");

export const DISTRICT_FILES = ["Craven action plan 2010.xlsx", "Hambleton action plan 2010.xlsx", "Ryedale action plan 2010.csv", "Selby action plan 2010.xlsx"];

export function pickedBytes(name: string, bytes: Uint8Array): PickedFile {
  return { name, arrayBuffer: async () => bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer };
}

export function pickedFixture(name: string): PickedFile {
  return pickedBytes(name, new Uint8Array(readFileSync(path.join(FIXTURES, name))));
}
