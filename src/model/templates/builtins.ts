import type { Template } from "./types";
import { parseTemplate } from "./parseTemplate";
import generic from "./builtin/generic.json";
import northYorkshire from "./builtin/north-yorkshire.json";
import cohesion from "./builtin/cohesion.json";
import cdrp from "./builtin/cdrp.json";
import police from "./builtin/police.json";
import scrutiny from "./builtin/scrutiny.json";

function load(value: unknown): Template {
  const parsed = parseTemplate(value);
  if (!parsed.ok) throw new Error(`built-in template is invalid: ${parsed.problems.join("; ")}`);
  return parsed.template;
}

/** The templates shipped with PlanCheck: one per seed family, then the generic one. */
export const BUILTIN_TEMPLATES: readonly Template[] = [northYorkshire, cohesion, cdrp, police, scrutiny, generic].map(load);

export function builtinTemplate(name: string): Template | undefined {
  return BUILTIN_TEMPLATES.find((t) => t.name === name);
}
