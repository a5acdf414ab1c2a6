import type { Finding, Severity } from "../../../model";
import { plural } from "../format";

/** What the pane calls each severity: "info" findings are notes. */
export const SEVERITY_WORDS: Record<Severity, string> = { error: "error", warning: "warning", info: "note" };

const ORDER: Severity[] = ["error", "warning", "info"];

/** "2 errors · 1 warning · 3 notes", each a coloured badge. */
export function SeverityCounts({ findings }: { findings: readonly Finding[] }) {
  return (
    <p class="severity-counts">
      {ORDER.map((severity) => (
        <span key={severity} class={`badge ${severity}`}>
          {plural(findings.filter((f) => f.severity === severity).length, SEVERITY_WORDS[severity])}
        </span>
      ))}
    </p>
  );
}
