/**
 * A progress/status cell and the state PlanCheck reads from it. `text` is the cell as written;
 * `reading` says how a text that was not plain was read (e.g. "mixed answers (…)").
 */
interface StatusBase {
  text: string;
  reading?: string;
}

export type Status =
  | (StatusBase & { state: "complete"; fraction: 1 })
  /** Started; `fraction` is 0..1 when the text gave one ("60%"); "Partial" gives null. */
  | (StatusBase & { state: "in-progress"; fraction: number | null; rag?: "red" | "amber" | "green" })
  | (StatusBase & { state: "not-started"; fraction: 0 })
  | (StatusBase & { state: "blocked"; fraction: null })
  | (StatusBase & { state: "cancelled"; fraction: null })
  /** Blank cell. */
  | (StatusBase & { state: "none"; fraction: null })
  /** Text that says nothing recognisable about progress ("Noted", "See Delivery Plan"). */
  | (StatusBase & { state: "unknown"; fraction: null });

export type StatusState = Status["state"];
