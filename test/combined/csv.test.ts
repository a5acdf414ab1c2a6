/** The Combined sheet as CSV: BOM, CRLF, RFC 4180 quoting, column order, one record per row, injection-safe text. */
import { combinedCsv } from "../../src/workbook/combined";
import { csvField } from "../../src/workbook/combined/csv";
import { parseCsv } from "./helpers";
import { INJECTIONS, sampleView } from "./sampleView";

const view = sampleView();
const csv = combinedCsv(view);
const records = parseCsv(csv.slice(1));
const header = records[0];
const at = (row: number, name: string): string => records[row + 1][header.indexOf(name)];

describe("combined CSV", () => {
  test("starts with a UTF-8 byte-order mark and ends every record with CRLF", () => {
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.endsWith("\r\n")).toBe(true);
    // Outside quoted fields there is no bare LF or CR.
    const unquoted = csv.replace(/"(?:[^"]|"")*"/g, "");
    expect(unquoted).not.toMatch(/[^\r]\n|\r[^\n]/);
    expect(unquoted.split("\r\n").length - 1).toBe(view.rows.length + 1);
  });

  test("the Combined sheet's columns in order, then the extras, and one record per row", () => {
    expect(header).toEqual([
      "District", "File", "Sheet", "Row", "Row key", "Section", "Objective", "Action", "Owner", "Due", "Due date", "Due reading",
      "Status", "State", "Status colour", "Fraction", "Complete", "Overdue", "Days overdue", "RAG", "Notes", "Template",
      "Budget", "Their RAG", "Owner (source)",
    ]);
    expect(records).toHaveLength(view.rows.length + 1);
    for (const r of records) expect(r).toHaveLength(header.length);
  });

  test("values: flags as values, ISO dates, TRUE/FALSE, plain numbers, blanks", () => {
    view.rows.forEach((row, i) => {
      expect(at(i, "Row key")).toBe(row.key);
      expect(at(i, "Overdue")).toBe(row.overdue ? "TRUE" : "FALSE");
      expect(at(i, "Days overdue")).toBe(String(row.daysOverdue));
      expect(at(i, "RAG")).toBe(row.rag);
      expect(at(i, "Complete")).toBe(row.complete ? "TRUE" : "FALSE");
      expect(at(i, "Due date")).toBe(row.dueDate ?? "");
      expect(at(i, "Fraction")).toBe(row.fraction === null ? "" : String(row.fraction));
      expect(at(i, "Row")).toBe(String(row.row));
    });
  });

  test("quotes fields with commas, quotes and line breaks, doubling quotes (RFC 4180)", () => {
    const i = view.rows.findIndex((r) => r.action === 'Draft set of "principles" produced');
    expect(at(i, "Action")).toBe('Draft set of "principles" produced');
    expect(csv).toContain('"Draft set of ""principles"" produced"');
    expect(at(i, "Notes")).toBe("Line one\nLine two");
    expect(csv).toContain('"Line one\nLine two"');
    expect(csv).toContain('"Gap analysis on principles, at District level"');
    expect(csvField("plain")).toBe("plain");
    expect(csvField("a,b")).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
  });

  test("text that a spreadsheet could take for a formula is prefixed with a quote; numbers are not", () => {
    const i = view.rows.findIndex((r) => r.action === INJECTIONS.action);
    expect(at(i, "Action")).toBe(`'${INJECTIONS.action}`);
    expect(at(i, "Owner")).toBe("'+44 1234");
    expect(at(i, "Notes")).toBe("'-1");
    expect(at(i, "Budget")).toBe("'@SUM(A1)");
    expect(at(i, "Their RAG")).toBe("'\tTab");
    expect(at(i, "Owner (source)")).toBe("'=1+1");
    expect(csvField("\rx")).toBe("\"'\rx\"");
    expect(csvField(-1)).toBe("-1");
    expect(csvField(0.25)).toBe("0.25");
    expect(csvField("£2,000")).toBe('"£2,000"');
    expect(csvField("a-b")).toBe("a-b");
  });

  test("an empty view is the header alone", () => {
    const empty = combinedCsv({ ...view, rows: [], extraColumns: [] });
    expect(parseCsv(empty.slice(1))).toHaveLength(1);
    expect(empty.endsWith("Template\r\n")).toBe(true);
  });
});
