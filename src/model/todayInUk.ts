const UK_DAY = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/London", year: "numeric", month: "2-digit", day: "2-digit" });

/**
 * The date in the UK at `now`, as YYYY-MM-DD: the default as-of date of the CLI and the task pane (a late
 * evening run in another time zone still flags as of the UK's day). en-CA formats dates as YYYY-MM-DD.
 */
export function todayInUk(now: Date = new Date()): string {
  return UK_DAY.format(now);
}
