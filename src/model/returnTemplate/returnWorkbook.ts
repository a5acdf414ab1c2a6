import { MAX_YEAR } from "../due/calendar";
import { STATUS_WORDS } from "../status/statusWords";
import type { StatusState } from "../status/types";
import type { Template, TemplateField } from "../templates/types";
import { COLUMN_GUIDE } from "./columnGuide";
import { INSTRUCTIONS_SHEET, PLAN_SHEET, RETURN_MARKER } from "./sheets";
import type { InstructionLine, ReturnColumn, ReturnValidation, ReturnWorkbookDefinition } from "./types";


/** The dates the Due column accepts: from 2000 (earlier is a typo in a live plan) to the last year PlanCheck reads. */
export const RETURN_DATES = { from: "2000-01-01", to: `${MAX_YEAR}-12-31` } as const;

/** The example date of every message, written the UK way. */
const EXAMPLE_DATE = "31/03/2027";
/** What Excel, set to English (UK), turns into the example date when it is typed in. */
const DATES_TYPED = ["31/03/2027", "31-03-2027", "31 Mar 2027", "31 March 2027", "2027-03-31"];

const STATE_MEANING: Partial<Record<StatusState, string>> = {
  complete: "The action is done.",
  "in-progress": "Work has started and is not finished.",
  "not-started": "Work has not begun.",
  blocked: "Work has stopped, or is waiting on someone else.",
  cancelled: "The action was dropped or superseded: it no longer counts.",
};

/** "2000-01-01" → "01/01/2000". */
function ukDate(iso: string): string {
  const [y, m, d] = iso.split("-");
  return `${d}/${m}/${y}`;
}

const DATE_RANGE = `between ${ukDate(RETURN_DATES.from)} and ${ukDate(RETURN_DATES.to)}`;

function statusValidation(): ReturnValidation {
  const words = STATUS_WORDS.map((w) => w.word);
  return {
    kind: "list",
    values: words,
    prompt: { title: "Status", text: `Choose from the list: ${words.join(", ")}.` },
    error: { title: "Choose a status from the list", text: `The status must be one of: ${words.join(", ")}. Write any other detail in the notes.` },
  };
}

/** What to do about an action with no deadline: leave Due blank, unless the template requires a due date. */
function noDeadline(required: boolean): string {
  return required ? "Every action needs one: for continuing work, give the date of its next review." : "Leave it blank when there is no deadline.";
}

function dueValidation(required: boolean): ReturnValidation {
  return {
    kind: "date",
    ...RETURN_DATES,
    prompt: { title: "Due date", text: `Enter a date, e.g. ${EXAMPLE_DATE}` },
    error: {
      title: "Not a date",
      text: `Enter the deadline as a date, day first, e.g. ${EXAMPLE_DATE}, ${DATE_RANGE}. ${noDeadline(required)}`,
    },
  };
}

/** The plan sheet's columns: the template's fields in its order, each headed with its title. */
function planColumns(template: Template): ReturnColumn[] {
  return template.fields.map((field) => ({
    title: field.title,
    role: field.role,
    width: Math.max(COLUMN_GUIDE[field.role].width, field.title.length + 2),
    format: field.role === "due" || field.role === "start" ? "date" : "text",
    validation: field.role === "status" ? statusValidation() : field.role === "due" ? dueValidation(field.required) : null,
  }));
}

/** What to write in a column: its role's guide, whether it is written once per group, whether it is required. */
function columnText(field: TemplateField): string {
  const group = field.fillDown ? " Write it on the first row of each group: the rows below are taken to be in it until the next one." : "";
  return `${COLUMN_GUIDE[field.role].guide}${group}${field.required ? " Required." : ""}`;
}

function instructionLines(title: string, template: Template): InstructionLine[] {
  const status = template.fields.find((f) => f.role === "status");
  const due = template.fields.find((f) => f.role === "due");
  const lines: InstructionLine[] = [
    { kind: "title", text: title },
    { kind: "text", text: "Fill in this return and send it back. PlanCheck reads it as it is: follow the points below and it will need no corrections." },
    { kind: "blank" },
    { kind: "heading", text: "How to fill it in" },
    {
      kind: "text",
      text: `Write one action per row on the "${PLAN_SHEET}" sheet, from row 2 down. The headings in row 1 are locked: PlanCheck finds the columns by them, so keep them as they are and add no columns.`,
    },
    { kind: "blank" },
    { kind: "heading", text: "The columns" },
    ...template.fields.map((f): InstructionLine => ({ kind: "item", label: f.title, text: columnText(f) })),
  ];
  if (status) {
    lines.push(
      { kind: "blank" },
      { kind: "heading", text: "Status" },
      { kind: "text", text: `Choose one of these words from the drop-down list in the ${status.title} column; anything else is refused.` },
      ...STATUS_WORDS.map((w): InstructionLine => ({ kind: "item", label: w.word, text: STATE_MEANING[w.state] ?? "" })),
    );
  }
  if (due) {
    lines.push(
      { kind: "blank" },
      { kind: "heading", text: "Dates" },
      {
        kind: "text",
        text: `Type dates day first, as in the UK: ${DATES_TYPED.join(", ")} all become ${EXAMPLE_DATE}. The ${due.title} column takes dates ${DATE_RANGE} only: a month or a word ("Ongoing") is refused. ${noDeadline(due.required)}`,
      },
    );
  }
  lines.push(
    { kind: "blank" },
    { kind: "heading", text: "Send it back" },
    { kind: "text", text: "Save it as an Excel workbook (.xlsx), keeping the sheet names, and send it" },
    { kind: "fill", label: "To" },
    { kind: "fill", label: "By" },
    { kind: "blank" },
    { kind: "text", text: RETURN_MARKER },
  );
  return lines;
}

/**
 * The blank district return for a template: an Instructions sheet (what to write in each column, the status
 * words, the dates accepted, who to send it to) and a plan sheet headed with the template's column titles,
 * with a drop-down of status words on the status column and date validation on the due column.
 */
export function returnWorkbookDefinition(template: Template, options: { title?: string } = {}): ReturnWorkbookDefinition {
  const title = options.title?.trim() || `${template.title}: return`;
  return {
    title,
    language: "en-GB",
    instructions: { sheet: INSTRUCTIONS_SHEET, widths: [20, 90], lines: instructionLines(title, template) },
    plan: { sheet: PLAN_SHEET, columns: planColumns(template) },
    page: { paper: "A4" },
  };
}
