/** What the message bar shows: what happened, and what the officer can do about it. */
export type Intent = "error" | "warning" | "success" | "info";

export interface Message {
  intent: Intent;
  text: string;
  /** What to do next; every error has one. */
  action?: string;
}

/** A problem the pane can explain, with what to do about it (no sheet open, no plan table…). */
export class PaneProblem extends Error {
  constructor(
    message: string,
    readonly action: string,
  ) {
    super(message);
    this.name = "PaneProblem";
  }
}

const RETRY = "Try again. If it keeps happening, close the pane (or reload the page) and open it again.";

/** Turns anything thrown while doing something into a message bar's error: nothing is thrown into the void. */
export function problem(error: unknown, doing: string): Message {
  if (error instanceof PaneProblem) return { intent: "error", text: error.message, action: error.action };
  const detail = error instanceof Error ? error.message : String(error);
  if (error instanceof Error && /loading chunk|dynamically imported module|failed to fetch/i.test(detail)) {
    return { intent: "error", text: `PlanCheck could not ${doing}: part of it did not download (${detail}).`, action: "Check your network connection, then reload the pane and try again." };
  }
  return { intent: "error", text: `PlanCheck could not ${doing}: ${detail}`, action: RETRY };
}
