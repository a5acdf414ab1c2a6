/**
 * A sheet's Columns view: each column of its plan table with the role PlanCheck gave it (and why, when the
 * model says), and a drop-down to change it. A change applies at once: the Check tab reads the sheet again
 * with the template the mapping makes (templateFromColumns), for this sheet only. The mapping can be saved
 * as a named template (it then appears in the Template list) or exported as the JSON file the CLI takes.
 * Loaded on first use (ColumnsDisclosure), so none of this is start-up code.
 */
import { useEffect, useRef, useState } from "preact/hooks";
import type { SheetReport } from "../../../model";
import { a1, parseA1 } from "../../../model/a1";
import { cellText } from "../../../model/grid";
import { ROLES, type Role, type Template } from "../../../model/templates/types";
import { builtinTemplate } from "../../../model/templates/builtins";
import type { TemplateFile } from "../../hostApi";
import type { ColumnChoice } from "../choices";
import type { ColumnActions } from "../check/ColumnsDisclosure";
import { inWords } from "../format";
import { mappedTemplate, mappingTitle, templateFile } from "./templateFile";

export interface ColumnsViewProps extends ColumnActions {
  report: SheetReport;
  /** Unique per sheet, for the ids that tie labels to their controls. */
  idBase: string;
}

/** The roles an officer needs most, in the drop-down's first part; the rest are under "More". */
export const MAIN_ROLES: readonly Role[] = ["action", "owner", "due", "status", "section", "notes", "ref", "start"];
export const MORE_ROLES: readonly Role[] = ROLES.filter((r) => !MAIN_ROLES.includes(r));
/** The drop-down's value for "no role": the column is kept under its own heading as an extra. */
export const IGNORE = "ignore";

export const ROLE_WORDS: Record<Role, string> = {
  action: "Action",
  owner: "Owner (lead)",
  due: "Due date",
  status: "Status",
  section: "Section (theme)",
  notes: "Notes",
  ref: "Ref (number)",
  start: "Start date",
  objective: "Objective",
  progress: "Progress",
  resources: "Resources",
  success: "Success measure",
  risk: "Risk",
  completed: "Completed (date or resolution)",
};

/** The columns as PlanCheck read them, every table of the sheet in turn. */
function readColumns(report: SheetReport): ColumnChoice[] {
  return report.tables.flatMap((t) => t.columns.map((c) => ({ label: c.label, cell: c.cell, role: c.role })));
}

/** Roles given to more than one column, with those columns' cells: only one of them is read as that role. */
function doubled(columns: readonly ColumnChoice[]): { role: Role; cells: string[] }[] {
  const byRole = new Map<Role, string[]>();
  for (const c of columns) if (c.role) byRole.set(c.role, [...(byRole.get(c.role) ?? []), c.cell]);
  return [...byRole].filter(([, cells]) => cells.length > 1).map(([role, cells]) => ({ role, cells }));
}

function RoleSelect({ id, value, describedBy, onChange }: { id: string; value: Role | null; describedBy?: string; onChange: (role: Role | null) => void }) {
  return (
    <select id={id} value={value ?? IGNORE} aria-describedby={describedBy} onChange={(e) => onChange(e.currentTarget.value === IGNORE ? null : (e.currentTarget.value as Role))}>
      {MAIN_ROLES.map((r) => (
        <option key={r} value={r}>
          {ROLE_WORDS[r]}
        </option>
      ))}
      <option value={IGNORE}>Ignore (keep as an extra column)</option>
      <optgroup label="More">
        {MORE_ROLES.map((r) => (
          <option key={r} value={r}>
            {ROLE_WORDS[r]}
          </option>
        ))}
      </optgroup>
    </select>
  );
}

type Form = { kind: "closed" } | { kind: "save"; name: string; problem: string | null };

/**
 * A sheet where PlanCheck found no plan table: the officer names the header row, and its headings are
 * listed to map (all on Ignore until given a role). The row offered first is the one the sheet's finding
 * names (the best candidate), else row 1.
 */
function HeaderRowPicker({ report, idBase, host, run, onColumns }: Pick<ColumnsViewProps, "report" | "idBase" | "host" | "run"> & { onColumns: (columns: ColumnChoice[]) => void }) {
  const named = parseA1(report.findings.find((f) => f.cell)?.cell ?? "");
  const [row, setRow] = useState(String(named ? named.row + 1 : 1));
  const [problem, setProblem] = useState<string | null>(null);
  const id = `${idBase}-header-row`;
  const show = (e: Event) => {
    e.preventDefault();
    const n = Number(row);
    if (!Number.isInteger(n) || n < 1) {
      setProblem("Give the row's number, as Excel shows it at the left of the sheet (1, 2, 3…).");
      return;
    }
    void run("read the header row", "Reading the header row…", async () => {
      const grid = await host.readSheet(report.name);
      const columns = (grid.rows[n - 1] ?? []).map((cell, col) => ({ label: cellText(cell).trim(), cell: a1(n - 1, col), role: null })).filter((c) => c.label !== "");
      setProblem(columns.length === 0 ? `Row ${n} is empty. Give the row that holds the column headings.` : null);
      if (columns.length > 0) onColumns(columns);
    });
  };
  return (
    <form class="field" noValidate onSubmit={show}>
      <p class="help">PlanCheck found no plan table on this sheet. If it holds a plan, give the row of its column headings and map them yourself.</p>
      <label for={id}>Header row</label>
      <div class="inline">
        <input id={id} type="number" min={1} value={row} aria-invalid={problem ? "true" : undefined} aria-describedby={`${id}-help`} onInput={(e) => setRow(e.currentTarget.value)} />
        <button type="submit">Show its columns</button>
      </div>
      <p id={`${id}-help`} class={problem ? "help invalid" : "help"} role={problem ? "alert" : undefined}>
        {problem ?? "Then give the column that says what each row is the role Action."}
      </p>
    </form>
  );
}

export function ColumnsView({ report, idBase, mapping, onMap, host, run, say, onSaved }: ColumnsViewProps) {
  // A change that cannot be applied yet (no action column left) stays on screen, with what stops it.
  const [pending, setPending] = useState<{ columns: readonly ColumnChoice[]; problem: string } | null>(null);
  const [form, setForm] = useState<Form>({ kind: "closed" });
  const [exported, setExported] = useState<string | null>(null);
  // Headings of a row the officer named, on a sheet where PlanCheck found no table.
  const [named, setNamed] = useState<ColumnChoice[] | null>(null);
  // Where focus goes back to when the name form closes (its Save button is gone).
  const saveButton = useRef<HTMLButtonElement>(null);
  // The headings of a row just named replace the form that asked for them: focus goes to the first one's role.
  const list = useRef<HTMLUListElement>(null);
  useEffect(() => {
    if (named) list.current?.querySelector("select")?.focus();
  }, [named]);
  const found = readColumns(report);
  const columns = pending?.columns ?? mapping?.columns ?? (found.length > 0 ? found : (named ?? []));
  // The template that read the sheet, whose fill-down and required settings a mapping keeps (once mapped,
  // the mapping's own template carries them).
  const reader = mapping?.template ?? (report.template ? builtinTemplate(report.template.name) : undefined);
  const whys = new Map(report.tables.flatMap((t) => t.columns.map((c) => [c.cell, c.why] as const)));

  if (columns.length === 0) return <HeaderRowPicker report={report} idBase={idBase} host={host} run={run} onColumns={setNamed} />;

  const onSave = (t: Template) =>
    run(`save the template "${t.title}"`, "Saving the template…", async () => {
      const where = await host.saveTemplate(t);
      onSaved(await host.loadTemplates());
      say({ intent: "success", text: `Template "${t.title}" saved ${where}.`, action: "It is in the Template list above, for checking other sheets." });
    });
  const onExport = (t: Template, file: TemplateFile) =>
    run(`export the template "${t.title}"`, "Exporting the template…", async () => {
      const where = await host.exportTemplate(file);
      say({ intent: "success", text: `Template "${t.title}" ${where}.`, action: "Give it to the command line with --template, or to a colleague." });
    });

  const change = (index: number, role: Role | null) => {
    const next = columns.map((c, i) => (i === index ? { ...c, role } : c));
    const made = mappedTemplate(mappingTitle(report.name), next, reader);
    if (!made.ok) {
      setPending({ columns: next, problem: made.problems.join("; ") });
      return;
    }
    setPending(null);
    onMap({ columns: next, template: made.template });
  };

  /** The mapping as a template titled `title`, or null (with the problem shown) when it cannot be one. */
  const asTemplate = (title: string) => {
    const made = mappedTemplate(title, columns, reader);
    if (made.ok) return made.template;
    setPending({ columns, problem: made.problems.join("; ") });
    return null;
  };

  const save = (e: Event) => {
    e.preventDefault();
    if (form.kind !== "save") return;
    if (!form.name.trim()) {
      setForm({ ...form, problem: "Give the template a name, e.g. the plan's or the district's." });
      return;
    }
    const template = asTemplate(form.name);
    if (!template) return;
    setForm({ kind: "closed" });
    saveButton.current?.focus();
    void onSave(template);
  };

  const exportIt = () => {
    const template = asTemplate(form.kind === "save" && form.name.trim() ? form.name : mappingTitle(report.name));
    if (!template) return;
    const file = templateFile(template);
    setExported(file.text);
    void onExport(template, file);
  };

  // A blank return laid out by these columns, for districts to fill in: next month's returns arrive clean.
  const makeReturn = () => {
    const template = asTemplate(form.kind === "save" && form.name.trim() ? form.name : mappingTitle(report.name));
    if (!template) return;
    void run(`make the district return workbook`, "Making the district return workbook…", async () => {
      const where = await host.writeReturnWorkbook(template);
      say({ intent: "success", text: `District return workbook ${where}.`, action: "Returns filled in from it combine with no findings." });
    });
  };

  const twice = doubled(columns);
  const nameId = `${idBase}-template-name`;
  return (
    <div class="columns-view">
      <p class="help">
        {mapping ? "This sheet is read with your columns. " : found.length > 0 ? "The role PlanCheck gave each column. " : "The headings of the row you named. "}
        Change a role and the sheet is checked again at once; Ignore keeps the column's values as an extra.
      </p>
      <ul class="column-list" ref={list}>
        {columns.map((c, i) => {
          const id = `${idBase}-col-${i}`;
          const why = whys.get(c.cell);
          return (
            <li key={c.cell} class="column-item">
              <label for={id} class="column-label">
                <span class="column-heading">{c.label}</span> <span class="finding-cell">{c.cell}</span>
              </label>
              <RoleSelect
                id={id}
                value={c.role}
                describedBy={why ? `${id}-why` : undefined}
                onChange={(role) => change(i, role)}
              />
              {why && (
                <p id={`${id}-why`} class="help">
                  {why}
                </p>
              )}
            </li>
          );
        })}
      </ul>
      {pending && (
        <p class="help invalid" role="alert">
          Not applied yet: {pending.problem}. Mark the column that says what each row is as Action.
        </p>
      )}
      {twice.map(({ role, cells }) => (
        <p key={role} class="help warning-text">
          {inWords(cells)} are all marked {ROLE_WORDS[role]}: only one column is read as that. Mark the others as something else, or Ignore.
        </p>
      ))}
      <div class="button-row">
        {mapping && (
          <button type="button" onClick={() => (setPending(null), onMap(null))}>
            Use PlanCheck's roles
          </button>
        )}
        <button ref={saveButton} type="button" aria-expanded={form.kind === "save"} onClick={() => setForm(form.kind === "save" ? { kind: "closed" } : { kind: "save", name: report.name, problem: null })}>
          Save as template…
        </button>
        <button type="button" onClick={exportIt}>
          Export template
        </button>
        <button type="button" onClick={makeReturn}>
          District return workbook
        </button>
      </div>
      {form.kind === "save" && (
        <form class="field" onSubmit={save}>
          <label for={nameId}>Template name</label>
          <div class="inline">
            <input
              id={nameId}
              type="text"
              value={form.name}
              aria-invalid={form.problem ? "true" : undefined}
              aria-describedby={`${nameId}-help`}
              onInput={(e) => setForm({ kind: "save", name: e.currentTarget.value, problem: null })}
            />
            <button type="submit" class="primary">
              Save
            </button>
          </div>
          <p id={`${nameId}-help`} class={form.problem ? "help invalid" : "help"}>
            {form.problem ?? "A template of the same name is replaced."}
          </p>
        </form>
      )}
      {exported !== null && (
        <div class="field">
          <label for={`${idBase}-template-json`}>The template file</label>
          <textarea id={`${idBase}-template-json`} class="template-json" readOnly rows={8} value={exported} />
          <p class="help">The JSON the command line takes with --template. If nothing was downloaded, copy it into a file ending .json.</p>
        </div>
      )}
    </div>
  );
}
