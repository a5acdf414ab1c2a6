import { FunctionError, invalidValue, notAvailable, planError } from "../../src/functions/errors";
import { thrown } from "./helpers";

describe("outside Excel (no CustomFunctions global)", () => {
  test("planError builds a FunctionError with the code and message", () => {
    const e = planError("#N/A", "no deadline");
    expect(e).toBeInstanceOf(FunctionError);
    expect(e).toMatchObject({ code: "#N/A", message: "no deadline" });
  });

  test("invalidValue and notAvailable throw #VALUE! and #N/A", () => {
    expect(thrown(() => invalidValue("bad as_of"))).toEqual({ code: "#VALUE!", message: "bad as_of" });
    expect(thrown(() => notAvailable("ongoing"))).toEqual({ code: "#N/A", message: "ongoing" });
  });
});

describe("inside Excel", () => {
  // A stand-in for the runtime's global, shaped as @types/custom-functions-runtime declares it.
  class RuntimeError {
    constructor(
      readonly code: string,
      readonly message?: string,
    ) {}
  }
  const runtime = { Error: RuntimeError, ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A", invalidNumber: "#NUM!" } };
  const global = globalThis as { CustomFunctions?: unknown };

  beforeEach(() => {
    global.CustomFunctions = runtime;
  });
  afterEach(() => {
    delete global.CustomFunctions;
  });

  test("errors are CustomFunctions.Error with the runtime's codes and the message", () => {
    const value = planError("#VALUE!", "cannot read");
    expect(value).toBeInstanceOf(RuntimeError);
    expect(value).toEqual(new RuntimeError("#VALUE!", "cannot read"));
    expect(planError("#N/A", "ongoing")).toEqual(new RuntimeError("#N/A", "ongoing"));
  });

  test("thrown errors are the runtime's too", () => {
    let caught: unknown;
    try {
      notAvailable("no table");
    } catch (e) {
      caught = e;
    }
    expect(caught).toEqual(new RuntimeError("#N/A", "no table"));
  });
});
