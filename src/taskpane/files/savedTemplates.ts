/** The saved templates' stored form, shared by both hosts (kept out of the pane's start-up code). */
import { parseTemplate } from "../../model/templates/parseTemplate";
import type { Template } from "../../model/templates/types";

/**
 * The saved templates as both hosts keep them: a JSON list of templates. Anything else (an older or damaged
 * entry) reads as no templates, and an entry that is not a valid template is skipped, so one bad entry never
 * hides the others.
 */
export function savedTemplatesFrom(stored: unknown): Template[] {
  if (!Array.isArray(stored)) return [];
  return stored.flatMap((value: unknown) => {
    const parsed = parseTemplate(value);
    return parsed.ok ? [parsed.template] : [];
  });
}

/** The saved list with `template` added, or in place of the saved one of the same name. */
export function withSavedTemplate(saved: readonly Template[], template: Template): Template[] {
  const at = saved.findIndex((t) => t.name === template.name);
  return at < 0 ? [...saved, template] : saved.map((t, i) => (i === at ? template : t));
}
