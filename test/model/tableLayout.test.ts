import { accountRows } from "../../src/model/table/accountRows";
import { compileTemplate } from "../../src/model/table/compileTemplate";
import { detectTables } from "../../src/model/table/detectTables";
import { builtinTemplate } from "../../src/model/templates/builtins";
import { cellText, type Grid } from "../../src/model/grid";
import { gridOf } from "./gridOf";

const generic = () => {
  const t = builtinTemplate("generic");
  if (!t) throw new Error("generic");
  return compileTemplate(t);
};
const read = (grid: Grid) => detectTables(grid, generic());
/** [1-based row, section, action] of every action row. */
const actions = (grid: Grid) =>
  read(grid)
    .flatMap((t) => t.rows)
    .map((r) => [r.row + 1, r.section, r.values.action ? cellText(r.values.action) : null]);
/** 1-based row → why it is not an action. */
const skips = (grid: Grid) => Object.fromEntries(accountRows(grid, read(grid)).skipped.map((s) => [s.row, s.reason]));

const HEADER = ["Task", "Owner", "Due date", "Status", "Budget"];

describe("group titles and totals in tool exports (monday.com style)", () => {
  // A board title, then per group: the group's name, the header again, its items and a totals row.
  const board = gridOf([
    ["Community events board"],
    [],
    ["This month"],
    HEADER,
    ["Write the brief", "Ann Smith", "01/05/2024", "Done", "200"],
    ["Book the venue", "Bob Jones", "10/05/2024", "Working on it", "1,500"],
    ["", "", "", "", "1,700"],
    ["Next month"],
    HEADER,
    ["Send the invitations", "Cat Brown", "01/07/2024", "Stuck", "50"],
    ["", "", "", "", "50"],
    [],
    ["Later"],
    HEADER,
    ["Review the year", "Dan Green", "01/09/2024", "", ""],
  ]);

  test("each group's name is the section of its items, and no group name becomes an action", () => {
    expect(actions(board)).toEqual([
      [5, "This month", "Write the brief"],
      [6, "This month", "Book the venue"],
      [10, "Next month", "Send the invitations"],
      [15, "Later", "Review the year"],
    ]);
  });

  test("group names are section headings and the figures under Budget are a totals row", () => {
    expect(skips(board)).toEqual({
      1: "title or notes outside the plan table",
      3: "section heading",
      4: "header row",
      7: "totals row (figures only)",
      8: "section heading",
      9: "header row",
      11: "totals row (figures only)",
      13: "section heading",
      14: "header row",
    });
  });

  test("a labelled total is a totals row too", () => {
    const grid = gridOf([HEADER, ["Write the brief", "Ann Smith", "01/05/2024", "Done", "200"], ["Total", "", "", "", "£200"]]);
    expect(actions(grid).map((a) => a[0])).toEqual([2]);
    expect(skips(grid)[3]).toBe("totals row (figures only)");
  });
});

describe("numbering without action text", () => {
  test("a row whose only content is its number is not an action; the rows around it are", () => {
    const grid = gridOf([
      ["Ref", "Action", "Lead", "Due date"],
      ["1", "Agree the terms of reference", "Head of Policy", "30/06/2024"],
      ["2"],
      ["3", "Publish the plan", "Comms team", "31/07/2024"],
    ]);
    expect(actions(grid).map((a) => a[0])).toEqual([2, 4]);
    expect(skips(grid)[3]).toBe("numbering only (no action text)");
  });

  test("an empty template (numbering, default statuses, no action text) yields no actions", () => {
    const grid = gridOf([
      ["Ref", "Action", "Lead", "Due date", "Status"],
      ["1", "", "", "", "Not started"],
      ["1.1", "", "", "", "Not started"],
      ["1.2"],
      ["2", "", "", "", "Not started"],
    ]);
    const tables = read(grid);
    expect(tables).toHaveLength(1);
    expect(tables[0].rows).toEqual([]);
    expect(skips(grid)).toEqual({
      1: "header row",
      2: "template not filled in (no action text)",
      3: "template not filled in (no action text)",
      4: "numbering only (no action text)",
      5: "template not filled in (no action text)",
    });
  });

  test("a plan with one action written keeps its half-filled rows as actions (they are errors to fix, not a template)", () => {
    const grid = gridOf([
      ["Ref", "Action", "Lead", "Due date", "Status"],
      ["1", "Agree the terms of reference", "", "", "Not started"],
      ["2", "", "Comms team", "", "Not started"],
    ]);
    expect(actions(grid).map((a) => a[0])).toEqual([2, 3]);
  });
});

describe("footnotes under a table", () => {
  const plan = [
    ["Action", "Lead", "Due date", "Status"],
    ["Write the brief", "Ann Smith", "01/05/2024", "Done"],
    ["Book the venue", "Bob Jones", "10/05/2024", "In progress"],
  ];

  test.each([
    ["Key: R = overdue, A = at risk, G = on track", "key or legend"],
    ["Note: dates are provisional until the board meets", "footnote under the table"],
    ["NB dates are provisional", "footnote under the table"],
    ["* Source: council minutes, May 2024", "footnote under the table"],
    ["Notes - see the covering report", "footnote under the table"],
  ])("%s is not an action", (line, reason) => {
    const grid = gridOf([...plan, [], [line], ["Actions in italics are carried over from 2023"]]);
    expect(actions(grid).map((a) => a[0])).toEqual([2, 3]);
    expect(skips(grid)[5]).toBe(reason);
    expect(skips(grid)[6]).toBe(reason);
  });

  test("a labelled note inside a table is skipped and the actions after it are still read", () => {
    const grid = gridOf([...plan.slice(0, 2), ["Note: the venue depends on funding"], plan[2]]);
    expect(actions(grid).map((a) => a[0])).toEqual([2, 4]);
    expect(skips(grid)[3]).toBe("note or label row");
  });

  test("an action that merely starts with an asterisk inside the table is still an action", () => {
    const grid = gridOf([...plan.slice(0, 2), ["*New* Review the venue contract"], plan[2]]);
    expect(actions(grid).map((a) => a[0])).toEqual([2, 3, 4]);
  });
});

describe("titles above a second table", () => {
  test("a bold title above a second table is the section of that table's rows", () => {
    const grid = gridOf(
      [
        ["Community Safety Action Plan 2024"],
        ["Action", "Lead", "Due date", "Status"],
        ["Write the brief", "Ann Smith", "01/05/2024", "Done"],
        ["Carried forward from 2023"],
        ["Action", "Lead", "Target date"],
        ["Book the venue", "Bob Jones", "10/05/2024"],
      ],
      { bold: ["A1", "A4"] },
    );
    expect(actions(grid)).toEqual([
      [3, null, "Write the brief"],
      [6, "Carried forward from 2023", "Book the venue"],
    ]);
    expect(skips(grid)[4]).toBe("section heading");
  });

  test("a plain line set apart by a blank row above a second table is its title", () => {
    const grid = gridOf([
      ["Action", "Lead", "Due date", "Status"],
      ["Write the brief", "Ann Smith", "01/05/2024", "Done"],
      [],
      ["Housing actions"],
      ["Action", "Lead", "Target date"],
      ["Book the venue", "Bob Jones", "10/05/2024"],
    ]);
    expect(actions(grid)).toEqual([
      [2, null, "Write the brief"],
      [6, "Housing actions", "Book the venue"],
    ]);
  });

  test("a plain action written alone just above a different table stays an action of the first", () => {
    const grid = gridOf([
      ["Action", "Lead", "Due date", "Status"],
      ["Write the brief", "Ann Smith", "01/05/2024", "Done"],
      ["Agree the venue shortlist"],
      ["Action", "Lead", "Target date"],
      ["Book the venue", "Bob Jones", "10/05/2024"],
    ]);
    expect(actions(grid)).toEqual([
      [2, null, "Write the brief"],
      [3, null, "Agree the venue shortlist"],
      [5, null, "Book the venue"],
    ]);
  });
});

describe("the sheet's own title is not a section", () => {
  test("a plan's name on the first line, over the first of two tables with the same header, heads no rows", () => {
    const grid = gridOf(
      [
        ["Safer Communities Action Plan 2010/11"],
        ["Action", "Lead", "Due date", "Status"],
        ["Write the brief", "Ann Smith", "01/05/2010", "Done"],
        ["Actions carried forward"],
        ["Action", "Lead", "Due date", "Status"],
        ["Book the venue", "Bob Jones", "10/05/2010", "In progress"],
      ],
      { bold: ["A1", "A4"] },
    );
    expect(actions(grid)).toEqual([
      [3, null, "Write the brief"],
      [6, "Actions carried forward", "Book the venue"],
    ]);
    expect(skips(grid)[1]).toBe("title or notes outside the plan table");
  });
});

test("a row with nothing but a date (a calendar laid out one day a row) is not an action, and says so", () => {
  const grid = gridOf(
    [
      ["Date", "Task to be completed by date"],
      ["", ""],
      ["", "Order the 3D printing filament"],
      ["", ""],
      ["", ""],
      ["", "Write the rod placement code"],
    ],
    { dates: { A2: "2017-02-27", A3: "2017-02-28", A4: "2017-03-01", A5: "2017-03-02", A6: "2017-03-03" } },
  );
  expect(actions(grid).map((r) => r[0])).toEqual([3, 6]);
  expect(skips(grid)).toEqual({ 1: "header row", 2: "a date only (no action text)", 4: "a date only (no action text)", 5: "a date only (no action text)" });
});
