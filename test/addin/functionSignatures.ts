/**
 * What functions.json must say, read straight from src/functions/functions.ts with the TypeScript parser,
 * following the documented rules of JSON metadata generation (not the plugin's code): each top-level
 * function with a @customfunction tag; the id from the tag or the function name, in capitals, the name
 * from the tag or else the id; optional parameters marked `?`, given a default or written [name] in
 * @param; number, string and boolean kept and every other type "any"; T[][] a matrix; Promise<T> read as
 * T; a trailing CustomFunctions.Invocation parameter left out; @volatile for a volatile function.
 */
import { readFileSync } from "node:fs";
import ts from "typescript";

export interface Shape {
  type: string;
  dimensionality: "scalar" | "matrix";
}

export interface SourceFunction {
  functionName: string;
  id: string;
  name: string;
  description: string;
  parameters: (Shape & { name: string; optional: boolean; description: string })[];
  result: Shape;
  volatile: boolean;
}

const BASIC: Partial<Record<ts.SyntaxKind, string>> = {
  [ts.SyntaxKind.NumberKeyword]: "number",
  [ts.SyntaxKind.StringKeyword]: "string",
  [ts.SyntaxKind.BooleanKeyword]: "boolean",
};

function shapeOf(type: ts.TypeNode | undefined): Shape {
  if (!type) return { type: "any", dimensionality: "scalar" };
  if (ts.isTypeReferenceNode(type) && type.typeName.getText() === "Promise" && type.typeArguments?.length === 1) return shapeOf(type.typeArguments[0]);
  if (ts.isArrayTypeNode(type)) {
    if (!ts.isArrayTypeNode(type.elementType)) throw new Error(`one-dimensional array parameters (repeating) are not expected: ${type.getText()}`);
    return { type: shapeOf(type.elementType.elementType).type, dimensionality: "matrix" };
  }
  return { type: BASIC[type.kind] ?? "any", dimensionality: "scalar" };
}

function tagText(tag: ts.JSDocTag): string {
  return (typeof tag.comment === "string" ? tag.comment : (ts.getTextOfJSDocComment(tag.comment) ?? "")).trim();
}

export function customFunctionsIn(file: string): SourceFunction[] {
  const source = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true);
  const found: SourceFunction[] = [];
  for (const statement of source.statements) {
    if (!ts.isFunctionDeclaration(statement) || !statement.name) continue;
    const tags = ts.getJSDocTags(statement);
    const marker = tags.find((t) => t.tagName.text === "customfunction");
    if (!marker) continue;
    const [tagId, tagName] = tagText(marker).split(/\s+/).filter(Boolean);
    const id = (tagId ?? statement.name.text).toUpperCase();
    const doc = ts.getJSDocCommentsAndTags(statement).find(ts.isJSDoc);
    const paramDocs = new Map(
      tags.filter(ts.isJSDocParameterTag).map((t) => [t.name.getText().replace(/^\[|\]$/g, "").split("=")[0], { text: tagText(t), bracketed: t.isBracketed }]),
    );
    const params = statement.parameters.filter((p, i, all) => !(i === all.length - 1 && p.type?.getText().startsWith("CustomFunctions.")));
    found.push({
      functionName: statement.name.text,
      id,
      name: tagName ?? id,
      description: (typeof doc?.comment === "string" ? doc.comment : (ts.getTextOfJSDocComment(doc?.comment) ?? "")).trim(),
      parameters: params.map((p) => {
        const paramName = p.name.getText();
        const documented = paramDocs.get(paramName);
        return {
          name: paramName,
          optional: Boolean(p.questionToken || p.initializer || p.dotDotDotToken || documented?.bracketed),
          description: documented?.text.replace(/^-\s*/, "") ?? "",
          ...shapeOf(p.type),
        };
      }),
      result: shapeOf(statement.type),
      volatile: tags.some((t) => t.tagName.text === "volatile"),
    });
  }
  return found;
}
