import { useState } from "preact/hooks";
import type { Finding, SheetReport } from "../../../model";
import { count } from "../format";
import { ColumnsDisclosure, type ColumnActions } from "./ColumnsDisclosure";
import { FindingItem } from "./FindingItem";
import { SeverityCounts } from "./SeverityCounts";
import { TemplateMatchLine } from "./TemplateMatchLine";

/** Findings shown before "Show all": a sheet of 100,000 rows can have thousands. */
export const FIRST_FINDINGS = 100;

/** One sheet's check: the template it was read with, its columns (to map them), counts by severity, and each finding. */
export function SheetResults({ report, onSelect, columns }: { report: SheetReport; onSelect: (finding: Finding) => void; columns?: ColumnActions }) {
  const [all, setAll] = useState(false);
  const shown = all ? report.findings : report.findings.slice(0, FIRST_FINDINGS);
  const headingId = `check-sheet-${encodeURIComponent(report.name).replace(/%/g, "_")}`;
  return (
    <section class="sheet-results" aria-labelledby={headingId}>
      <h3 id={headingId}>{report.name}</h3>
      <TemplateMatchLine report={report} />
      {columns && <ColumnsDisclosure report={report} idBase={headingId} actions={columns} />}
      <SeverityCounts findings={report.findings} />
      {report.findings.length === 0 ? (
        <p class="all-clear">✓ No problems found.</p>
      ) : (
        <ul class="finding-list">
          {shown.map((f, i) => (
            <FindingItem key={`${f.code}-${f.cell ?? ""}-${i}`} finding={f} onSelect={onSelect} />
          ))}
        </ul>
      )}
      {shown.length < report.findings.length && (
        <button type="button" class="link-button" onClick={() => setAll(true)}>
          Show all {count(report.findings.length)} findings
        </button>
      )}
    </section>
  );
}
