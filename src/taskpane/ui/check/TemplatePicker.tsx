import type { Template } from "../../../model";
import { AUTO_TEMPLATE, savedTemplateValue } from "../choices";
import { useEngine } from "../loadEngine";

export interface TemplatePickerProps {
  value: string;
  onChange: (value: string) => void;
  disabled?: boolean;
  /** Templates saved from a Columns view (in the workbook, or in this browser). */
  saved?: readonly Template[];
  /** Where those are kept, as the group's heading: "Saved in this workbook". */
  savedLabel?: string;
}

/**
 * Which template to check against: detected per sheet (the default), a built-in template, or one saved from a
 * Columns view. The built-in templates come with the analysis engine: listed once it has loaded (just after
 * the pane is drawn); until then the list says they are on their way, or that they did not download.
 */
export function TemplatePicker({ value, onChange, disabled, saved = [], savedLabel = "Saved" }: TemplatePickerProps) {
  const engine = useEngine();
  return (
    <div class="field">
      <label for="check-template">Template</label>
      <select id="check-template" value={value} disabled={disabled} aria-describedby="check-template-help" onChange={(e) => onChange(e.currentTarget.value)}>
        <option value={AUTO_TEMPLATE}>Automatic (best match on each sheet)</option>
        {engine.kind === "ready" ? (
          engine.engine.BUILTIN_TEMPLATES.map((t) => (
            <option key={t.name} value={t.name}>
              {t.title}
            </option>
          ))
        ) : (
          <option disabled value="">
            {engine.kind === "loading" ? "Loading the built-in templates…" : "The built-in templates did not download: Check loads them again"}
          </option>
        )}
        {saved.length > 0 && (
          <optgroup label={savedLabel}>
            {saved.map((t) => (
              <option key={t.name} value={savedTemplateValue(t)}>
                {t.title}
              </option>
            ))}
          </optgroup>
        )}
      </select>
      <p id="check-template-help" class="help">
        Automatic picks, on each sheet, the template whose column headings fit best, and says why.
      </p>
    </div>
  );
}
