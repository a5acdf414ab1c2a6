import type { Role } from "../templates/types";

/**
 * For each role: what a district writes in that column of the return (the Instructions sheet's words), and
 * the column's width on the plan sheet in Excel's character units (wide for free text, narrow for dates).
 */
export const COLUMN_GUIDE: Record<Role, { guide: string; width: number }> = {
  ref: { guide: "A reference for the action, e.g. 1.1.", width: 8 },
  section: { guide: "The theme or workstream the action belongs to.", width: 24 },
  objective: { guide: "The objective or outcome the action serves.", width: 32 },
  action: { guide: "What will be done: one action per row.", width: 48 },
  resources: { guide: "The budget, staff or other resources the action needs.", width: 24 },
  owner: { guide: "The lead officer, post or team responsible for the action.", width: 24 },
  start: { guide: "When work on the action begins: a date.", width: 13 },
  due: { guide: "The deadline: a date (see Dates below).", width: 13 },
  status: { guide: "Choose the status from the drop-down list (see Status below).", width: 14 },
  completed: { guide: "The date the action was completed, once it is.", width: 13 },
  progress: { guide: "A short update on progress since the last return.", width: 40 },
  notes: { guide: "Anything else the reader of the return should know.", width: 32 },
  success: { guide: "How you will know the action has worked: the success criteria, measures or milestones.", width: 32 },
  risk: { guide: "Risks to delivering the action.", width: 24 },
};
