/**
 * The return's sheet names and the marker line, apart from the rest of its definition: every sheet read is
 * checked against them (isReturnInstructions), so the pane's start-up bundle carries these few words only.
 */
export const INSTRUCTIONS_SHEET = "Instructions";
export const PLAN_SHEET = "Plan";

/**
 * The last line of the Instructions sheet. PlanCheck recognises its own Instructions sheet by it (see
 * isReturnInstructions) and leaves that sheet out, so a filled-in return reads with no findings.
 */
export const RETURN_MARKER = `This return was made by PlanCheck, which reads the "${PLAN_SHEET}" sheet and leaves this sheet out.`;

/** The file name a return workbook is offered under in the pane: the template's name, e.g. "craven-2010-return.xlsx". */
export const returnFileName = (template: { name: string }): string => `${template.name}-return.xlsx`;
