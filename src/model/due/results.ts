import type { Due } from "./types";

/**
 * Builders for each Due variant, so every module returns the same shapes. Objects are written out
 * in full (no spread): they are built once per distinct cell, and spreading was the hot spot.
 */

export function dateDue(text: string, day: string, reading?: string): Due {
  return reading === undefined
    ? { kind: "date", text, start: day, end: day }
    : { kind: "date", text, start: day, end: day, reading };
}

export function rangeDue(text: string, start: string, end: string, reading: string): Due {
  return { kind: "range", text, start, end, reading };
}

export function fromDue(text: string, start: string, reading: string): Due {
  return { kind: "from", text, start, end: null, reading };
}

export function ongoingDue(text: string, start: string | null, reading?: string): Due {
  return reading === undefined
    ? { kind: "ongoing", text, start, end: null }
    : { kind: "ongoing", text, start, end: null, reading };
}

export function immediateDue(text: string, reading?: string): Due {
  return reading === undefined
    ? { kind: "immediate", text, start: null, end: null }
    : { kind: "immediate", text, start: null, end: null, reading };
}

export function noneDue(text: string, reading?: string): Due {
  return reading === undefined
    ? { kind: "none", text, start: null, end: null }
    : { kind: "none", text, start: null, end: null, reading };
}

export const PLACEHOLDER_READING = "a placeholder zero date (what a blank date becomes in Excel or a database), not a deadline: no date";

/** A zero date ("1899-12-30", "0000-00-00", serial 0): no date, and the cell wants the real one. */
export function placeholderDue(text: string): Due {
  return { kind: "none", text, start: null, end: null, reading: PLACEHOLDER_READING, placeholder: true };
}

/** Not a date we can stand behind; the reason, when known, helps the officer fix the cell. */
export function unparsedDue(text: string, reason?: string): Due {
  return reason === undefined
    ? { kind: "unparsed", text, start: null, end: null }
    : { kind: "unparsed", text, start: null, end: null, reading: `not read as a date: ${reason}` };
}
