/** Month and weekday words as written in plans ("Sept", "Sep.", "September", "Tues"). */

const MONTH_KEYS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const WEEKDAY_KEYS = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"];

/** One capturing group; matches lower-case month names and their common abbreviations. */
export const MONTH_SOURCE =
  "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?" +
  "|sep(?:t|tember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";

/** One capturing group; matches lower-case weekday names and abbreviations. */
export const WEEKDAY_SOURCE =
  "(mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:r(?:s(?:day)?)?)?|fri(?:day)?" +
  "|sat(?:urday)?|sun(?:day)?)\\.?";

const MONTH_WORD = new RegExp(`^${MONTH_SOURCE}$`);
const WEEKDAY_WORD = new RegExp(`^${WEEKDAY_SOURCE}$`);
const ANY_MONTH = new RegExp(`\\b${MONTH_SOURCE}(?![a-z])`);

/** 1–12 for a word MONTH_SOURCE matched. */
export function monthNumber(word: string): number {
  return MONTH_KEYS.indexOf(word.slice(0, 3)) + 1;
}

/** 0 (Sunday) – 6 for a word WEEKDAY_SOURCE matched. */
export function weekdayNumber(word: string): number {
  return WEEKDAY_KEYS.indexOf(word.slice(0, 3));
}

export function isMonthWord(word: string): boolean {
  return MONTH_WORD.test(word);
}

export function isWeekdayWord(word: string): boolean {
  return WEEKDAY_WORD.test(word);
}

/** True when a month name appears anywhere (used to explain "no year given"). */
export function mentionsMonth(text: string): boolean {
  return ANY_MONTH.test(text);
}
