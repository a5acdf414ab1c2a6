/** The add-in setting that holds the saved templates (see templateStore.ts for why there), and its reading. */
import type { Template } from "../../model/templates/types";
import { savedTemplatesFrom } from "../files/savedTemplates";

/** The setting's name: one list of templates. */
export const TEMPLATES_SETTING = "PlanCheck.templates";

/** The templates saved in this workbook, from the pane's copy of its add-in settings (no call into Excel). */
export function loadTemplates(): Template[] {
  return savedTemplatesFrom(Office.context.document.settings.get(TEMPLATES_SETTING));
}
