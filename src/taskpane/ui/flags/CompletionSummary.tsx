import type { Rag, SheetReport } from "../../../model";
import { count, longDate, percent } from "../format";
import { RAG_ORDER, RagChart } from "./RagChart";

/** The sheet's completion: the percentage, the figures behind it and the ratings as a chart. */
export function CompletionSummary({ report, asOf }: { report: SheetReport; asOf: string }) {
  const s = report.summary;
  const rags = Object.fromEntries(RAG_ORDER.map(({ rag }) => [rag, report.rows.filter((r) => r.rag === rag).length])) as Record<Rag, number>;
  const figures: [string, number][] = [
    ["Actions", s.rows],
    ["Complete", s.complete],
    ["In progress", s.inProgress],
    ["Not started", s.notStarted],
    ["Blocked", s.blocked],
    ["Cancelled", s.cancelled],
    ["Overdue", s.overdue],
    ["Due soon", s.dueSoon],
  ];
  return (
    <section class="completion" aria-labelledby="flags-summary-heading">
      <h2 id="flags-summary-heading">{report.name}</h2>
      <p class="completion-figure">
        <span class="big-number">{percent(s.completion)}</span> complete as of {longDate(asOf)}
      </p>
      <dl class="figures">
        {figures.map(([label, value]) => (
          <div key={label} class="figure">
            <dt>{label}</dt>
            <dd>{count(value)}</dd>
          </div>
        ))}
      </dl>
      <RagChart counts={rags} />
    </section>
  );
}
