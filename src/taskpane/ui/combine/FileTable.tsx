import type { FileProgress } from "../../hostApi";
import { count } from "../format";

function Counts({ p }: { p: FileProgress }) {
  if (p.state !== "done") return <td colSpan={4} class={p.state === "failed" ? "failed-message" : undefined}>{p.state === "failed" ? p.message : ""}</td>;
  return (
    <>
      <td class="number">{count(p.rowsRead)}</td>
      <td class="number">{count(p.rowsCombined)}</td>
      <td class="number">{count(p.rowsSkipped)}</td>
      <td class="number">{count(p.findings)}</td>
    </>
  );
}

const STATE_TEXT: Record<FileProgress["state"] | "waiting", string> = { waiting: "Waiting", reading: "Reading…", done: "Combined", failed: "Not combined" };

/** Each picked file with its progress and result: rows read, combined, skipped and findings, or why it failed. */
export function FileTable({ names, progress }: { names: readonly string[]; progress: readonly (FileProgress | null)[] }) {
  return (
    <div class="table-scroll">
      <table class="data-table file-table">
        <caption class="visually-hidden">Workbooks to combine</caption>
        <thead>
          <tr>
            <th scope="col">File</th>
            <th scope="col" class="number">Read</th>
            <th scope="col" class="number">Combined</th>
            <th scope="col" class="number">Skipped</th>
            <th scope="col" class="number">Findings</th>
          </tr>
        </thead>
        <tbody>
          {names.map((name, i) => {
            const p = progress[i] ?? null;
            const state = p?.state ?? "waiting";
            return (
              <tr key={`${name}-${i}`} class={`file-${state}`}>
                <th scope="row">
                  {name}
                  <span class={`state ${state}`}>{STATE_TEXT[state]}</span>
                </th>
                {p ? <Counts p={p} /> : <td colSpan={4} />}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
