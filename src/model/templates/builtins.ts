import type { Template } from "./types";
import { parseTemplate } from "./parseTemplate";
import generic from "./builtin/generic.json";
import northYorkshire from "./builtin/north-yorkshire.json";
import cohesion from "./builtin/cohesion.json";
import cdrp from "./builtin/cdrp.json";
import police from "./builtin/police.json";
import scrutiny from "./builtin/scrutiny.json";
import planner from "./builtin/planner.json";
import msProject from "./builtin/ms-project.json";
import msLists from "./builtin/ms-lists.json";
import asana from "./builtin/asana.json";
import jira from "./builtin/jira.json";
import trello from "./builtin/trello.json";
import smartsheet from "./builtin/smartsheet.json";
import monday from "./builtin/monday.json";

function load(value: unknown): Template {
  const parsed = parseTemplate(value);
  if (!parsed.ok) throw new Error(`built-in template is invalid: ${parsed.problems.join("; ")}`);
  return parsed.template;
}

/**
 * The templates shipped with PlanCheck: one per seed family, one per project tool's export (their documented
 * column headings; test/fixtures/exports/README.md cites the sources), then the generic one. Ties go to the
 * earlier template.
 */
export const BUILTIN_TEMPLATES: readonly Template[] = [
  northYorkshire,
  cohesion,
  cdrp,
  police,
  scrutiny,
  planner,
  msProject,
  msLists,
  asana,
  jira,
  trello,
  smartsheet,
  monday,
  generic,
].map(load);

export function builtinTemplate(name: string): Template | undefined {
  return BUILTIN_TEMPLATES.find((t) => t.name === name);
}
