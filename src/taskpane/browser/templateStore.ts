/** The browser host's saved templates: kept in this browser's localStorage (Excel keeps them in the workbook). */
import type { Template } from "../../model/templates/types";
import { savedTemplatesFrom, withSavedTemplate } from "../files/savedTemplates";

export const TEMPLATES_KEY = "plancheck.templates";

/** The saved templates; none when storage is off, the entry is missing or it is damaged (the next save replaces it). */
export function loadStoredTemplates(storage: Storage | null, key: string): Template[] {
  try {
    return savedTemplatesFrom(JSON.parse(storage?.getItem(key) ?? "[]"));
  } catch {
    return [];
  }
}

export function saveStoredTemplate(storage: Storage | null, key: string, template: Template): void {
  if (!storage) throw new Error("this browser does not let the page keep templates (storage is switched off); use Export template to keep it as a file");
  storage.setItem(key, JSON.stringify(withSavedTemplate(loadStoredTemplates(storage, key), template)));
}
