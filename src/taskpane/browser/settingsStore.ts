/** The browser host's settings: kept in this browser's localStorage (Excel keeps them in the workbook). */
import { flagSettingsFrom, flagSettingsProblem } from "../../model/settings/flagSettings";
import type { PaneSettings } from "../hostApi";

export const SETTINGS_KEY = "plancheck.settings";

/** Reads saved settings, falling back to `defaults` for anything missing or not valid (the model's readings). */
export function loadStoredSettings(storage: Storage | null, key: string, defaults: PaneSettings): PaneSettings {
  let saved: Partial<Record<keyof PaneSettings, unknown>> = {};
  try {
    saved = JSON.parse(storage?.getItem(key) ?? "{}") ?? {};
  } catch {
    // a damaged entry is ignored; the next save replaces it
  }
  // Settings saved before the quarter rule was one have none: they load with the default.
  return flagSettingsFrom({ ...saved, asOf: saved.asOf === undefined ? defaults.asOf : saved.asOf }, defaults);
}

export function saveStoredSettings(storage: Storage | null, key: string, settings: PaneSettings): void {
  if (!storage) throw new Error("this browser does not let the page keep settings (storage is switched off)");
  const problem = flagSettingsProblem(settings);
  if (problem) throw new Error(problem);
  storage.setItem(key, JSON.stringify(settings));
}
