import { completion } from "../flags/completion";
import type { CompletionSummary, RowReport } from "./types";

export function summarise(rows: readonly RowReport[]): CompletionSummary {
  const count = (test: (r: RowReport) => boolean) => rows.reduce((n, r) => (test(r) ? n + 1 : n), 0);
  return {
    rows: rows.length,
    complete: count((r) => r.complete),
    overdue: count((r) => r.overdue),
    completion: completion(rows.map((r) => r.status)).completion,
    inProgress: count((r) => r.status.state === "in-progress"),
    notStarted: count((r) => r.status.state === "not-started"),
    blocked: count((r) => r.status.state === "blocked"),
    cancelled: count((r) => r.status.state === "cancelled"),
    dueSoon: count((r) => r.rag === "amber" && !r.overdue && r.status.state !== "blocked"),
  };
}
