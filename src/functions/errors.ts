/// <reference types="custom-functions-runtime" />
/**
 * The errors the PLAN.* functions give. In Excel they are `CustomFunctions.Error` (CustomFunctionsRuntime
 * 1.2): the code shows in the cell and the message in the cell's error flag. Only #VALUE! and #N/A carry a
 * message there, so those are the only codes used:
 *
 *   #VALUE!  an argument PlanCheck cannot use: due text it cannot read, a bad as_of, amber_days or quarters;
 *   #N/A     a value with no answer: an ongoing or undated due date, a plan completion that cannot be assessed,
 *            a range with no plan table.
 *
 * Where there is no `CustomFunctions` global (jest, Node, the bench) a FunctionError of the same shape,
 * { code, message }, stands in. This is the one module allowed to touch that global (eslint.config.js).
 */

export type ErrorCode = "#VALUE!" | "#N/A";

/** The stand-in for CustomFunctions.Error outside Excel. */
export class FunctionError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = "FunctionError";
  }
}

export type PlanError = CustomFunctions.Error | FunctionError;

function runtimeError(code: ErrorCode, message: string): CustomFunctions.Error | undefined {
  if (typeof CustomFunctions === "undefined" || typeof CustomFunctions.Error !== "function") return undefined;
  const codes = CustomFunctions.ErrorCode;
  return new CustomFunctions.Error(code === "#N/A" ? codes.notAvailable : codes.invalidValue, message);
}

/** An error value with a message, for a cell or for one element of a spilled result. */
export function planError(code: ErrorCode, message: string): PlanError {
  return runtimeError(code, message) ?? new FunctionError(code, message);
}

/** Throws #VALUE! with the message: an argument PlanCheck cannot use. */
export function invalidValue(message: string): never {
  throw planError("#VALUE!", message);
}

/** Throws #N/A with the message: there is no answer for this value. */
export function notAvailable(message: string): never {
  throw planError("#N/A", message);
}
