import { useEffect, useState } from "preact/hooks";
import { AMBER_DAYS_RULE, DEFAULT_QUARTERS, MAX_AMBER_DAYS, readAmberDays, readQuarterRule } from "../../../model/settings/flagSettings";
import type { HostKind, PaneSettings } from "../../hostApi";
import { longDate, todayIso } from "../format";

/** The as-of date (empty = today), the amber window and the quarter rule; each change is handed up to be saved. */
export function FlagSettings({ settings, kind, disabled, onChange }: { settings: PaneSettings; kind: HostKind; disabled?: boolean; onChange: (s: PaneSettings) => void }) {
  const [amber, setAmber] = useState(String(settings.amberDays));
  useEffect(() => setAmber(String(settings.amberDays)), [settings.amberDays]);
  const amberValid = readAmberDays(amber) !== undefined;
  const asOf = settings.asOf ?? todayIso();
  const where = kind === "excel" ? "Saved in this workbook, so everyone who opens it sees the same flags." : "Saved in this browser.";
  return (
    <fieldset class="settings" disabled={disabled}>
      <legend>Flag settings</legend>
      <div class="field">
        <label for="flags-as-of">As of</label>
        <div class="inline">
          <input
            id="flags-as-of"
            type="date"
            value={settings.asOf ?? ""}
            aria-describedby="flags-as-of-help"
            onChange={(e) => onChange({ ...settings, asOf: e.currentTarget.value || null })}
          />
          {settings.asOf && (
            <button type="button" onClick={() => onChange({ ...settings, asOf: null })}>
              Use today
            </button>
          )}
        </div>
        <p id="flags-as-of-help" class="help">
          Flags are worked out as of {longDate(asOf)}
          {settings.asOf ? "" : " (today)"}. {where}
        </p>
      </div>
      <div class="field">
        <label for="flags-amber">Amber window (days)</label>
        <input
          id="flags-amber"
          type="number"
          inputMode="numeric"
          min={0}
          max={MAX_AMBER_DAYS}
          value={amber}
          aria-invalid={!amberValid}
          aria-describedby="flags-amber-help"
          onInput={(e) => setAmber(e.currentTarget.value)}
          onChange={(e) => {
            const days = readAmberDays(e.currentTarget.value);
            if (days !== undefined) onChange({ ...settings, amberDays: days });
          }}
        />
        <p id="flags-amber-help" class={amberValid ? "help" : "help invalid"}>
          {amberValid ? "Actions due within this many days are amber." : `Enter ${AMBER_DAYS_RULE}.`}
        </p>
      </div>
      <div class="field">
        <label for="flags-quarters">Quarters</label>
        <select
          id="flags-quarters"
          value={settings.quarters}
          aria-describedby="flags-quarters-help"
          onChange={(e) => onChange({ ...settings, quarters: readQuarterRule(e.currentTarget.value) ?? DEFAULT_QUARTERS })}
        >
          <option value="calendar">calendar (Q1 = Jan–Mar)</option>
          <option value="financial">financial (Q1 = Apr–Jun)</option>
        </select>
        <p id="flags-quarters-help" class="help">
          {`A due date of "Q2 2010" means ${settings.quarters === "financial" ? "July–September" : "April–June"} 2010, in Check and Combine too.`}
        </p>
      </div>
    </fieldset>
  );
}
