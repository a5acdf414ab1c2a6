/** The browser host's settings: kept in this browser's localStorage (Excel keeps them in the workbook). */
import type { PaneSettings } from "../hostApi";

export const SETTINGS_KEY = "plancheck.settings";

const isIso = (v: unknown): v is string => typeof v === "string" && /^\d{4}-\d{2}-\d{2}$/.test(v);

/** Reads saved settings, falling back to `defaults` for anything missing or not valid. */
export function loadStoredSettings(storage: Storage | null, key: string, defaults: PaneSettings): PaneSettings {
  let saved: Partial<Record<keyof PaneSettings, unknown>> = {};
  try {
    saved = JSON.parse(storage?.getItem(key) ?? "{}") ?? {};
  } catch {
    // a damaged entry is ignored; the next save replaces it
  }
  const amber = saved.amberDays;
  return {
    asOf: saved.asOf === null || isIso(saved.asOf) ? saved.asOf : defaults.asOf,
    amberDays: typeof amber === "number" && Number.isInteger(amber) && amber >= 0 && amber <= 3660 ? amber : defaults.amberDays,
    // Settings saved before the quarter rule was one have none: they load with the default.
    quarters: saved.quarters === "calendar" || saved.quarters === "financial" ? saved.quarters : defaults.quarters,
  };
}

export function saveStoredSettings(storage: Storage | null, key: string, settings: PaneSettings): void {
  if (!storage) throw new Error("this browser does not let the page keep settings (storage is switched off)");
  storage.setItem(key, JSON.stringify(settings));
}
