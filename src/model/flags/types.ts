export type Rag = "blue" | "red" | "amber" | "green" | "grey";

export interface FlagOptions {
  /** ISO date the flags are computed as of. */
  asOf: string;
  /** Rows due within this many days of asOf (and not complete) are amber. Default 14. */
  amberDays?: number;
}

export interface Flags {
  complete: boolean;
  overdue: boolean;
  /** Whole days between the due end and asOf when overdue, else 0. */
  daysOverdue: number;
  rag: Rag;
}
