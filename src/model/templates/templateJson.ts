import type { Template, TemplateField } from "./types";

const value = (v: unknown): string => (Array.isArray(v) ? `[${v.map((x) => JSON.stringify(x)).join(", ")}]` : JSON.stringify(v));

function fieldLine(f: TemplateField): string {
  const entries = Object.entries(f).filter(([, v]) => v !== undefined);
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}: ${value(v)}`).join(", ")}}`;
}

/**
 * A template as the JSON file `--template` reads, laid out as the built-in templates are: one field per
 * line, so an officer can find a column and change its role.
 */
export function templateJson(t: Template): string {
  const head = [`  "name": ${JSON.stringify(t.name)}`, `  "title": ${JSON.stringify(t.title)}`];
  if (t.description !== undefined) head.push(`  "description": ${JSON.stringify(t.description)}`);
  const fields = t.fields.map((f) => `    ${fieldLine(f)}`).join(",\n");
  return `{\n${head.join(",\n")},\n  "fields": [\n${fields}\n  ]\n}\n`;
}
