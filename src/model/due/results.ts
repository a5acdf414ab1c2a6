import type { Due } from "./types";

/** Builders for each Due variant, so every module returns the same shapes. */

type Reading = { reading?: string };

function withReading<T extends object>(due: T, reading: string | undefined): T & Reading {
  return reading === undefined ? due : { ...due, reading };
}

export function dateDue(text: string, day: string, reading?: string): Due {
  return withReading({ kind: "date", text, start: day, end: day } as const, reading);
}

export function rangeDue(text: string, start: string, end: string, reading: string): Due {
  return { kind: "range", text, start, end, reading };
}

export function fromDue(text: string, start: string, reading: string): Due {
  return { kind: "from", text, start, end: null, reading };
}

export function ongoingDue(text: string, start: string | null, reading?: string): Due {
  return withReading({ kind: "ongoing", text, start, end: null } as const, reading);
}

export function immediateDue(text: string, reading?: string): Due {
  return withReading({ kind: "immediate", text, start: null, end: null } as const, reading);
}

export function noneDue(text: string): Due {
  return { kind: "none", text, start: null, end: null };
}

/** Not a date we can stand behind; the reason, when known, helps the officer fix the cell. */
export function unparsedDue(text: string, reason?: string): Due {
  const reading = reason === undefined ? undefined : `not read as a date: ${reason}`;
  return withReading({ kind: "unparsed", text, start: null, end: null } as const, reading);
}
