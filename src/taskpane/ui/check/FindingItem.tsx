import type { Finding } from "../../../model";
import { SEVERITY_WORDS } from "./SeverityCounts";

/** One finding: severity, cell, message and how to fix it. With a cell, it is a button that goes to it. */
export function FindingItem({ finding, onSelect }: { finding: Finding; onSelect: (finding: Finding) => void }) {
  const body = (
    <>
      <span class={`badge ${finding.severity}`}>{SEVERITY_WORDS[finding.severity]}</span>
      {finding.cell && <span class="finding-cell">{finding.cell}</span>}
      <span class="finding-message">{finding.message}</span>
      <span class="finding-hint">→ {finding.hint}</span>
    </>
  );
  return (
    <li>
      {finding.cell ? (
        <button type="button" class="finding" title={`Go to ${finding.cell}`} onClick={() => onSelect(finding)}>
          {body}
        </button>
      ) : (
        <div class="finding">{body}</div>
      )}
    </li>
  );
}
