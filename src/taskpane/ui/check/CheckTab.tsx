import { useEffect, useRef, useState } from "preact/hooks";
import type { Finding, SheetReport, Template } from "../../../model";
import type { PaneSettings, PlanHost } from "../../hostApi";
import { Busy } from "../Busy";
import { AUTO_TEMPLATE, currentSheet, sheetTemplates, type SheetMapping } from "../choices";
import { plural } from "../format";
import { MessageBar } from "../MessageBar";
import { loadEngine } from "../loadEngine";
import { PaneProblem, problem } from "../messages";
import { useTask } from "../useTask";
import type { ColumnActions } from "./ColumnsDisclosure";
import { marksOf } from "./marks";
import { SheetResults } from "./SheetResults";
import { TemplatePicker } from "./TemplatePicker";

function noSheet(host: PlanHost): PaneProblem {
  return new PaneProblem(
    "There is no sheet to check.",
    host.kind === "browser" ? "Open a workbook first, with Open workbooks… above the sheet view." : "Open the workbook that holds the plan, then check again.",
  );
}

export interface CheckTabProps {
  host: PlanHost;
  settings: PaneSettings;
  /** The columns the officer mapped, by sheet (kept by the App, so the Flags tab reads a mapped sheet the same way). */
  mappings?: ReadonlyMap<string, SheetMapping>;
  onMappings?: (next: ReadonlyMap<string, SheetMapping>) => void;
}

/**
 * Check: findings per sheet against the picked (or detected) template; a finding's cell is one click away.
 * Each sheet's Columns view shows the role of each column and lets the officer change it: that sheet is
 * checked again at once with a template made from the mapping (that sheet only), which can be saved or exported.
 */
export function CheckTab({ host, settings, mappings: given, onMappings }: CheckTabProps) {
  const [template, setTemplate] = useState(AUTO_TEMPLATE);
  const [reports, setReports] = useState<SheetReport[] | null>(null);
  const [highlight, setHighlight] = useState(false);
  const [saved, setSaved] = useState<Template[]>([]);
  const [own, setOwn] = useState<ReadonlyMap<string, SheetMapping>>(new Map());
  const mappings = given ?? own;
  const setMappings = onMappings ?? setOwn;
  // The latest reports and the latest re-check of each sheet, for work that finishes after a newer one started.
  const shown = useRef<SheetReport[] | null>(null);
  const latest = useRef(new Map<string, number>());
  const task = useTask();

  useEffect(() => {
    host.loadTemplates().then(setSaved, (error: unknown) => task.setMessage(problem(error, "read the saved templates")));
  }, [host]);

  const show = async (next: SheetReport[]) => {
    shown.current = next;
    setReports(next);
    if (highlight) {
      await host.clearMarks();
      await host.markCells(marksOf(next));
    }
  };

  const check = (which: "this" | "all") =>
    task.run("check the plan", which === "all" ? "Checking every sheet…" : "Checking this sheet…", async () => {
      const names = which === "all" ? await host.sheetNames() : [await currentSheet(host)].filter((n): n is string => n !== null);
      if (names.length === 0) throw noSheet(host);
      const { analyseOptions, analyseSheets } = await loadEngine();
      await show(await analyseSheets(host, names, analyseOptions(settings, template, saved), sheetTemplates(mappings)));
    });

  /** A sheet's columns mapped (or, with null, given back to PlanCheck): that sheet alone is checked again. */
  const remap = (sheet: string, mapping: SheetMapping | null) => {
    const next = new Map(mappings);
    if (mapping) next.set(sheet, mapping);
    else next.delete(sheet);
    setMappings(next);
    const ticket = (latest.current.get(sheet) ?? 0) + 1;
    latest.current.set(sheet, ticket);
    return task.run(`check "${sheet}" with your columns`, `Checking "${sheet}" with your columns…`, async () => {
      const { analyseOptions, analyseSheets } = await loadEngine();
      const [report] = await analyseSheets(host, [sheet], analyseOptions(settings, template, saved), sheetTemplates(next));
      if (latest.current.get(sheet) !== ticket) return; // a newer change to this sheet's columns is on its way
      await show((shown.current ?? []).map((r) => (r.name === sheet ? report : r)));
    });
  };

  const columnActions = (sheet: string): ColumnActions => ({
    mapping: mappings.get(sheet) ?? null,
    onMap: (mapping) => void remap(sheet, mapping),
    host,
    run: task.run,
    say: task.setMessage,
    onSaved: setSaved,
  });

  const toggleHighlight = (on: boolean) =>
    task.run(on ? "highlight the problem cells" : "remove the highlighting", on ? "Highlighting problem cells…" : "Removing the highlighting…", async () => {
      if (on) await host.markCells(marksOf(reports ?? []));
      else await host.clearMarks();
      setHighlight(on);
    });

  const select = (finding: Finding) => {
    if (finding.cell) void task.run(`go to ${finding.cell}`, "", () => host.selectCell(finding.sheet, finding.cell as string));
  };

  const busy = task.busy !== null;
  const total = reports?.reduce((n, r) => n + r.findings.length, 0) ?? 0;
  return (
    <>
      <p class="intro">Checks the plan against a template and lists each problem with its cell and how to fix it.</p>
      <TemplatePicker value={template} onChange={setTemplate} disabled={busy} saved={saved} savedLabel={host.kind === "excel" ? "Saved in this workbook" : "Saved in this browser"} />
      <div class="button-row">
        <button type="button" class="primary" disabled={busy} onClick={() => void check("this")}>
          Check this sheet
        </button>
        <button type="button" disabled={busy} onClick={() => void check("all")}>
          Check all sheets
        </button>
      </div>
      <label class="switch">
        <input type="checkbox" role="switch" checked={highlight} disabled={busy || (!highlight && !reports)} onChange={(e) => void toggleHighlight(e.currentTarget.checked)} />
        Highlight problem cells
      </label>
      <Busy label={task.busy || null} />
      <MessageBar message={task.message} onDismiss={() => task.setMessage(null)} />
      {reports === null ? (
        <p class="empty">No check yet. Choose Check this sheet, or Check all sheets.</p>
      ) : (
        <div class="results">
          <h2 class="results-heading" role="status">
            {plural(reports.length, "sheet")} checked · {plural(total, "finding")}
          </h2>
          {reports.map((r) => (
            <SheetResults key={r.name} report={r} onSelect={select} columns={columnActions(r.name)} />
          ))}
        </div>
      )}
    </>
  );
}
