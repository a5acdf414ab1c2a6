/**
 * src/functions/functions.ts read by the same generator custom-functions-metadata-plugin runs in the webpack
 * build, and patched by the build's patch: every PLAN function with its parameters, optional flags, ranges,
 * result shape and options, the top-level settings Excel reads, and help text within the lengths Excel
 * accepts. (The build's own dist/functions.json is tested with the add-in.)
 */
import path from "node:path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import * as functions from "../../src/functions/functions";
import { loadFunctions, type FunctionsMetadata } from "./excelCalls";

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
  options?: { volatile?: boolean; requiresParameterAddresses?: boolean };
}

const source = path.join(__dirname, "..", "..", "src", "functions", "functions.ts");

let generated: { metadataJson: string; associate: { functionName: string; id: string }[]; errors: string[] };
let metadata: FunctionMetadata[];
let shipped: FunctionsMetadata;

beforeAll(async () => {
  generated = await generateCustomFunctionsMetadata(source);
  metadata = (JSON.parse(generated.metadataJson) as { functions: FunctionMetadata[] }).functions;
  shipped = (await loadFunctions()).patched;
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

test.each<[string, string[], { spills: boolean; addresses?: boolean }]>([
  ["DUE", ["value", "quarters?"], { spills: false }],
  ["STATUS", ["value"], { spills: false }],
  ["ISCOMPLETE", ["status"], { spills: false }],
  ["OVERDUE", ["due", "status", "as_of?", "quarters?"], { spills: false }],
  ["DAYSOVERDUE", ["due", "status", "as_of?", "quarters?"], { spills: false }],
  ["RAG", ["due", "status", "as_of?", "amber_days?", "quarters?"], { spills: false }],
  ["COMPLETION", ["statuses[][]", "actions[][]?"], { spills: false }],
  ["OVERDUECOUNT", ["dues[][]", "statuses[][]", "as_of?", "quarters?"], { spills: false }],
  ["CHECK", ["table[][]", "template?"], { spills: true, addresses: true }],
  ["FLAGS", ["table[][]", "as_of?", "amber_days?", "quarters?", "template?"], { spills: true }],
])("%s(%s)", (id, params, { spills, addresses = false }) => {
  const f = byId(id);
  expect(signature(f)).toEqual(params);
  // Every argument is "any": Excel passes numbers, text, booleans, blanks and (allowed below) error values
  // alike, and the function reads them.
  expect(f.parameters.every((p) => p.type === "any")).toBe(true);
  expect(f.result.dimensionality === "matrix").toBe(spills);
  // CHECK names cells, so it asks Excel where its range is (CustomFunctionsRuntime 1.3; needs a matrix result).
  expect(f.options?.requiresParameterAddresses === true).toBe(addresses);
  // DUE's result may be a formatted date, which a result typed "number" could not carry.
  if (id === "DUE") expect(f.result.type ?? "any").toBe("any");
});

test("no function is volatile: a cell recalculates when its arguments change, not at every edit of the workbook", () => {
  expect(metadata.filter((f) => f.options?.volatile).map((f) => f.id)).toEqual([]);
});

test("as Excel receives it: error values reach every parameter, data types too (formatted dates)", () => {
  expect(shipped.allowErrorForDataTypeAny).toBe(true);
  expect(shipped.allowCustomDataForDataTypeAny).toBe(true);
  expect(shipped.functions).toEqual(metadata);
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

test("functions whose as_of may be left out say what that means, and how to follow the calendar", () => {
  const withAsOf = metadata.filter((m) => m.parameters.some((p) => p.name === "as_of"));
  expect(withAsOf.map((f) => f.id)).toEqual(["OVERDUE", "DAYSOVERDUE", "RAG", "OVERDUECOUNT", "FLAGS"]);
  for (const f of withAsOf) {
    expect([f.id, f.parameters.find((p) => p.name === "as_of")?.description]).toEqual([
      f.id,
      expect.stringMatching(/Leave out for the day the formula is calculated; use TODAY\(\) to follow the calendar\.$/),
    ]);
  }
});

test("CHECK's help says where its cells count from when Excel cannot say where the range is", () => {
  expect(byId("CHECK").parameters[0].description).toMatch(/named as on the sheet \(Mac Excel before 16\.40: from its top-left as A1\)/);
});
