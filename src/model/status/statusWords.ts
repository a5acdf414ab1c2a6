import type { StatusState } from "./types";

/**
 * The status words PlanCheck asks people to write: one for each state a plan row can be set to, each read
 * back as that state (a test pins it). The unknown-status finding's hint lists them, and the district
 * return's Status drop-down offers them, in this order.
 */
export const STATUS_WORDS: readonly { state: StatusState; word: string }[] = [
  { state: "complete", word: "Complete" },
  { state: "in-progress", word: "In progress" },
  { state: "not-started", word: "Not started" },
  { state: "blocked", word: "On hold" },
  { state: "cancelled", word: "Cancelled" },
];
