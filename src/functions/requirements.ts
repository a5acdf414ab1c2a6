/// <reference types="office-js" />
/**
 * What the Excel running the functions supports, asked of office.js (the page loads it before functions.js).
 * The one module of the custom functions that may touch Office (eslint.config.js), and only to ask about
 * requirement sets. Where there is no Office (jest, Node, the bench, the standalone page) nothing is.
 */

let asked: unknown;
let answer = false;

/**
 * Whether a function may return a formatted number, { type: "Double", basicValue, numberFormat }, that
 * shows as a date: CustomFunctionsRuntime 1.4 ("Use data types with custom functions"; Microsoft 365 on
 * Windows and Mac, and the web, but not perpetual Office 2021 or 2024).
 */
export function formattedResults(): boolean {
  if (typeof Office === "undefined") return false;
  try {
    const requirements = Office.context.requirements;
    // Asked once per page: Excel does not change under the functions (a test's model of Excel may).
    if (requirements !== asked) {
      answer = requirements.isSetSupported("CustomFunctionsRuntime", "1.4");
      asked = requirements;
    }
    return answer;
  } catch {
    // office.js loaded but not yet initialised: no context to ask.
    return false;
  }
}
