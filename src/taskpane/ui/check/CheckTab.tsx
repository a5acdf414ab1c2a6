import { useState } from "preact/hooks";
import type { Finding, SheetReport } from "../../../model";
import type { PaneSettings, PlanHost } from "../../hostApi";
import { analyseOptions, analyseSheets, AUTO_TEMPLATE, currentSheet } from "../analysis";
import { Busy } from "../Busy";
import { plural } from "../format";
import { MessageBar } from "../MessageBar";
import { PaneProblem } from "../messages";
import { useTask } from "../useTask";
import { marksOf } from "./marks";
import { SheetResults } from "./SheetResults";
import { TemplatePicker } from "./TemplatePicker";

function noSheet(host: PlanHost): PaneProblem {
  return new PaneProblem(
    "There is no sheet to check.",
    host.kind === "browser" ? "Open a workbook first, with Open workbooks… above the sheet view." : "Open the workbook that holds the plan, then check again.",
  );
}

/** Check: findings per sheet against the picked (or detected) template; a finding's cell is one click away. */
export function CheckTab({ host, settings }: { host: PlanHost; settings: PaneSettings }) {
  const [template, setTemplate] = useState(AUTO_TEMPLATE);
  const [reports, setReports] = useState<SheetReport[] | null>(null);
  const [highlight, setHighlight] = useState(false);
  const task = useTask();

  const check = (which: "this" | "all") =>
    task.run("check the plan", which === "all" ? "Checking every sheet…" : "Checking this sheet…", async () => {
      const names = which === "all" ? await host.sheetNames() : [await currentSheet(host)].filter((n): n is string => n !== null);
      if (names.length === 0) throw noSheet(host);
      const found = await analyseSheets(host, names, analyseOptions(settings, template));
      setReports(found);
      if (highlight) {
        await host.clearMarks();
        await host.markCells(marksOf(found));
      }
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
      <TemplatePicker value={template} onChange={setTemplate} disabled={busy} />
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
            <SheetResults key={r.name} report={r} onSelect={select} />
          ))}
        </div>
      )}
    </>
  );
}
