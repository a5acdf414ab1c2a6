/**
 * src/functions/functions.ts read by the same generator custom-functions-metadata-plugin runs in the webpack
 * build: every PLAN function with its parameters, optional flags, ranges, result shape and volatility, and
 * help text within the lengths Excel accepts. (The build's own dist/functions.json is tested with the add-in.)
 */
import path from "node:path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import * as functions from "../../src/functions/functions";

interface Parameter {
  name: string;
  description?: string;
  type?: string;
  dimensionality?: string;
  optional?: boolean;
}
interface FunctionMetadata {
  id: string;
  name: string;
  description?: string;
  parameters: Parameter[];
  result: { type?: string; dimensionality?: string };
  options?: { volatile?: boolean };
}

const source = path.join(__dirname, "..", "..", "src", "functions", "functions.ts");

let generated: { metadataJson: string; associate: { functionName: string; id: string }[]; errors: string[] };
let metadata: FunctionMetadata[];

beforeAll(async () => {
  generated = await generateCustomFunctionsMetadata(source);
  metadata = (JSON.parse(generated.metadataJson) as { functions: FunctionMetadata[] }).functions;
});

const byId = (id: string) => {
  const found = metadata.find((f) => f.id === id);
  if (!found) throw new Error(`${id} is not in the metadata`);
  return found;
};

/** name, then "?" when optional and "[][]" for a range. */
const signature = (f: FunctionMetadata) => f.parameters.map((p) => `${p.name}${p.dimensionality === "matrix" ? "[][]" : ""}${p.optional ? "?" : ""}`);

test("the generator accepts the file", () => {
  expect(generated.errors).toEqual([]);
});

test("every exported function is a PLAN function, associated under its own name as id", () => {
  const exported = Object.keys(functions).sort();
  expect(generated.associate.map((a) => a.functionName).sort()).toEqual(exported);
  for (const a of generated.associate) expect(a.id).toBe(a.functionName);
  expect(metadata.every((f) => f.name === f.id)).toBe(true);
});

test.each<[string, string[], { volatile: boolean; spills: boolean }]>([
  ["DUE", ["value", "quarters?"], { volatile: false, spills: false }],
  ["STATUS", ["value"], { volatile: false, spills: false }],
  ["ISCOMPLETE", ["status"], { volatile: false, spills: false }],
  ["OVERDUE", ["due", "status", "as_of?", "quarters?"], { volatile: true, spills: false }],
  ["DAYSOVERDUE", ["due", "status", "as_of?", "quarters?"], { volatile: true, spills: false }],
  ["RAG", ["due", "status", "as_of?", "amber_days?", "quarters?"], { volatile: true, spills: false }],
  ["COMPLETION", ["statuses[][]", "actions[][]?"], { volatile: false, spills: false }],
  ["OVERDUECOUNT", ["dues[][]", "statuses[][]", "as_of?", "quarters?"], { volatile: true, spills: false }],
  ["CHECK", ["table[][]", "template?"], { volatile: false, spills: true }],
  ["FLAGS", ["table[][]", "as_of?", "amber_days?", "quarters?", "template?"], { volatile: true, spills: true }],
])("%s(%s)", (id, params, { volatile, spills }) => {
  const f = byId(id);
  expect(signature(f)).toEqual(params);
  // Every argument is "any": Excel passes numbers, text, booleans and blanks alike, and the function reads them.
  expect(f.parameters.every((p) => p.type === "any")).toBe(true);
  expect(f.options?.volatile === true).toBe(volatile);
  expect(f.result.dimensionality === "matrix").toBe(spills);
});

test("the whole list, and nothing else", () => {
  expect(metadata.map((f) => f.id)).toEqual(["DUE", "STATUS", "ISCOMPLETE", "OVERDUE", "DAYSOVERDUE", "RAG", "COMPLETION", "OVERDUECOUNT", "CHECK", "FLAGS"]);
});

// Parameter descriptions: at most 128 characters in the manifest schema; function descriptions kept to one tooltip.
test("help text for autocomplete: a description for every function and parameter, short enough to show", () => {
  for (const f of metadata) {
    expect([f.id, typeof f.description]).toEqual([f.id, "string"]);
    expect([f.id, (f.description ?? "").length <= 255]).toEqual([f.id, true]);
    for (const p of f.parameters) {
      expect([f.id, p.name, (p.description ?? "").length > 0 && (p.description ?? "").length <= 128]).toEqual([f.id, p.name, true]);
    }
  }
});

test("functions whose as_of may be left out say how today is kept up to date", () => {
  for (const f of metadata.filter((m) => m.parameters.some((p) => p.name === "as_of"))) {
    expect([f.id, f.options?.volatile]).toEqual([f.id, true]);
    expect(f.parameters.find((p) => p.name === "as_of")?.description).toMatch(/Leave out for today \(recalculates whenever Excel does\)/);
  }
});
