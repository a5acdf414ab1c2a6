/** A progress/status cell and the state PlanCheck reads from it. `text` is the cell as written. */
export type Status =
  | { state: "complete"; text: string; fraction: 1 }
  /** Started; `fraction` is 0..1 when the text gave one ("60%", "Partial" gives null). */
  | { state: "in-progress"; text: string; fraction: number | null; rag?: "red" | "amber" | "green" }
  | { state: "not-started"; text: string; fraction: 0 }
  | { state: "blocked"; text: string; fraction: null }
  | { state: "cancelled"; text: string; fraction: null }
  /** Blank cell. */
  | { state: "none"; text: string; fraction: null }
  /** Text that says nothing recognisable about progress ("Noted", "See Delivery Plan"). */
  | { state: "unknown"; text: string; fraction: null };

export type StatusState = Status["state"];
