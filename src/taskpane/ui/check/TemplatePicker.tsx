import { BUILTIN_TEMPLATES } from "../../../model";
import { AUTO_TEMPLATE } from "../analysis";

/** Which template to check against: detected per sheet (the default), or one of the built-in templates. */
export function TemplatePicker({ value, onChange, disabled }: { value: string; onChange: (name: string) => void; disabled?: boolean }) {
  return (
    <div class="field">
      <label for="check-template">Template</label>
      <select id="check-template" value={value} disabled={disabled} aria-describedby="check-template-help" onChange={(e) => onChange(e.currentTarget.value)}>
        <option value={AUTO_TEMPLATE}>Automatic (best match on each sheet)</option>
        {BUILTIN_TEMPLATES.map((t) => (
          <option key={t.name} value={t.name}>
            {t.title}
          </option>
        ))}
      </select>
      <p id="check-template-help" class="help">
        Automatic picks, on each sheet, the template whose column headings fit best, and says why.
      </p>
    </div>
  );
}
