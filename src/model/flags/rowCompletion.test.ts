import { createDueParser } from "../due/createDueParser";
import type { Cell } from "../grid";
import { createStatusParser } from "../status/parseStatus";
import type { Status } from "../status/types";
import { readCompleted, rowCompletion, type CompletedReading } from "./rowCompletion";

const readStatus = createStatusParser();
const readDate = createDueParser();
const text = (value: string): Cell => ({ kind: "text", value });
const read = (cell: Cell) => readCompleted(cell, readStatus, readDate);
const kindOf = (cell: Cell) => read(cell).kind;

describe("readCompleted: what a completed field records", () => {
  test.each<[string, Cell, CompletedReading["kind"]]>([
    ["a completion date as ISO text (Asana Completed At)", text("2024-11-14"), "done"],
    ["a UK date as text (Planner Completed Date)", text("14/11/2024"), "done"],
    ["a date cell", { kind: "date", value: "2024-11-14" }, "done"],
    ["a date serial", { kind: "number", value: 45610 }, "done"],
    ["Jira resolution Done", text("Done"), "done"],
    ["Jira resolution Fixed", text("Fixed"), "done"],
    ["a tick", text("✓"), "done"],
    ["Yes", text("Yes"), "done"],
    ["TRUE", { kind: "boolean", value: true }, "done"],
    ["true as a CSV writes it (Trello Due Complete)", text("true"), "done"],
    ["false as a CSV writes it", text("false"), "nothing"],
    ["a share of 100", { kind: "number", value: 100 }, "done"],
    ["a share of 1 (Excel's 100%)", { kind: "number", value: 1 }, "done"],
    ["100% as text", text("100%"), "done"],
    ["Won't Do", text("Won't Do"), "cancelled"],
    ["Won’t Fix with a curly apostrophe", text("Won’t Fix"), "cancelled"],
    ["Duplicate", text("Duplicate"), "cancelled"],
    ["Cannot Reproduce", text("Cannot Reproduce"), "cancelled"],
    ["Withdrawn", text("Withdrawn"), "cancelled"],
    ["blank", { kind: "empty" }, "nothing"],
    ["Unresolved", text("Unresolved"), "nothing"],
    ["NA (Microsoft Project's empty Actual Finish)", text("NA"), "nothing"],
    ["FALSE", { kind: "boolean", value: false }, "nothing"],
    ["a share below 100", { kind: "number", value: 60 }, "nothing"],
    ["60% as text", text("60%"), "nothing"],
    ["0", { kind: "number", value: 0 }, "nothing"],
    ["No", text("No"), "nothing"],
    ["In progress", text("In progress"), "nothing"],
    ["text that is no date and no answer", text("See notes"), "nothing"],
    ["Ongoing: no date", text("Ongoing"), "nothing"],
    ["an error value", { kind: "error", value: "#N/A" }, "nothing"],
  ])("%s", (_name, cell, kind) => expect(kindOf(cell)).toBe(kind));

  test("says how it read a date", () => expect(read(text("14/11/2024"))).toEqual({ kind: "done", how: "done on 2024-11-14" }));
});

describe("rowCompletion: status or completed field, and which decided", () => {
  const status = (t: string): Status => readStatus(text(t));
  const done: CompletedReading = { kind: "done", how: "done on 2024-11-14" };
  const cancelled: CompletedReading = { kind: "cancelled", how: `resolution "Won't Do": closed without being done` };
  const nothing: CompletedReading = { kind: "nothing" };

  test("a status that reads complete decides, with or without a completed field", () => {
    expect(rowCompletion(status("Completed"), null)).toEqual({ status: status("Completed"), completedBy: "status" });
    expect(rowCompletion(status("Done"), done)).toEqual({ status: status("Done"), completedBy: "status" });
  });

  test("a completion date completes a row whose status does not say so, and keeps the status as written", () => {
    const r = rowCompletion(status("In progress"), done, "Completed Date");
    expect(r.completedBy).toBe("completed");
    expect(r.status).toMatchObject({ state: "complete", fraction: 1, text: "In progress" });
    expect(r.status.reading).toBe('Completed Date done on 2024-11-14: read as complete (status "In progress")');
    expect(rowCompletion(status(""), done).status.state).toBe("complete");
  });

  test("a resolution that closes without doing cancels the row, even under a Done status", () => {
    const r = rowCompletion(status("Done"), cancelled, "Resolution");
    expect(r).toMatchObject({ completedBy: null, status: { state: "cancelled", text: "Done" } });
  });

  test("a withdrawn action stays cancelled though a completion date was put against it", () => {
    expect(rowCompletion(status("Withdrawn"), done)).toEqual({ status: status("Withdrawn"), completedBy: null });
  });

  test("nothing recorded leaves the status as it is", () => {
    expect(rowCompletion(status("In progress"), nothing)).toEqual({ status: status("In progress"), completedBy: null });
    expect(rowCompletion(status(""), null)).toEqual({ status: status(""), completedBy: null });
  });

  test("a RAG rating alone is a rating, not completion; BRAG Blue is complete", () => {
    expect(rowCompletion(status("Green"), nothing).completedBy).toBeNull();
    expect(rowCompletion(status("Blue"), nothing).completedBy).toBe("status");
  });
});
