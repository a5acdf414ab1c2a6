import { ROLES, type Role, type Template, type TemplateField } from "./types";

export type TemplateParse = { ok: true; template: Template } | { ok: false; problems: string[] };

const isRole = (v: unknown): v is Role => typeof v === "string" && (ROLES as readonly string[]).includes(v);

/**
 * Checks a template object (from a user's JSON file) and returns it typed, or every problem found,
 * each naming the field by its position so the user can fix the file.
 */
export function parseTemplate(value: unknown): TemplateParse {
  const problems: string[] = [];
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return { ok: false, problems: ["the template must be a JSON object with \"name\" and \"fields\""] };
  }
  const obj = value as Record<string, unknown>;
  const name = typeof obj.name === "string" && obj.name.trim() ? obj.name.trim() : undefined;
  if (!name) problems.push("\"name\" must be a non-empty string");
  if (!Array.isArray(obj.fields) || obj.fields.length === 0) {
    problems.push("\"fields\" must be a non-empty list");
    return { ok: false, problems };
  }
  const fields: TemplateField[] = [];
  const seenRoles = new Set<Role>();
  obj.fields.forEach((raw: unknown, i: number) => {
    const where = `fields[${i}]`;
    if (typeof raw !== "object" || raw === null) {
      problems.push(`${where} must be an object`);
      return;
    }
    const f = raw as Record<string, unknown>;
    if (!isRole(f.role)) {
      problems.push(`${where}.role must be one of ${ROLES.join(", ")}`);
      return;
    }
    if (seenRoles.has(f.role)) problems.push(`${where}.role "${f.role}" is used twice`);
    seenRoles.add(f.role);
    if (typeof f.title !== "string" || !f.title.trim()) problems.push(`${where}.title must be a non-empty string`);
    const aliases = f.aliases ?? [];
    if (!Array.isArray(aliases) || aliases.some((a) => typeof a !== "string")) {
      problems.push(`${where}.aliases must be a list of strings`);
    }
    const keywords = f.keywords ?? [];
    if (!Array.isArray(keywords) || keywords.some((k) => typeof k !== "string" || /\s/.test(k.trim()))) {
      problems.push(`${where}.keywords must be a list of single words`);
    }
    fields.push({
      role: f.role,
      title: String(f.title ?? ""),
      aliases: Array.isArray(aliases) ? aliases.map(String) : [],
      required: f.required === true,
      fillDown: f.fillDown === true,
      ...(Array.isArray(keywords) && keywords.length > 0 ? { keywords: keywords.map((k) => String(k).trim()) } : {}),
    });
  });
  if (!fields.some((f) => f.role === "action" || f.role === "objective")) {
    problems.push("a template needs an \"action\" or \"objective\" field: it says what each row is");
  }
  if (problems.length > 0 || !name) return { ok: false, problems };
  const title = typeof obj.title === "string" ? obj.title : name;
  const description = typeof obj.description === "string" ? obj.description : undefined;
  return { ok: true, template: { name, title, description, fields } };
}
