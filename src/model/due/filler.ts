/**
 * Words around a date that do not change the deadline: "By", "By the end of", "Target:", "Due",
 * "In", "During", "No later than". Only these may surround a date; any other word makes the text
 * unparsed, which is what keeps "Report to Cabinet in June 2010" from becoming a deadline.
 */

const FILLER =
  /^(?:(?:by|the|end|of|before|prior to|no later than|not later than|in|during|target|deadline|due|on|date|completion|completed|complete)(?: |$))+/;
const BEFORE = /\b(?:before|prior to)\b/;
const END = /\bend\b/;

export interface Unwrapped {
  /** The text after the leading filler words. */
  rest: string;
  /** "Before May 2010": due the day before the period starts ("before the end of" is just "by"). */
  before: boolean;
}

export function stripFiller(text: string): Unwrapped {
  const m = FILLER.exec(text);
  if (!m) return { rest: text, before: false };
  const words = m[0];
  return { rest: text.slice(words.length), before: BEFORE.test(words) && !END.test(words) };
}
