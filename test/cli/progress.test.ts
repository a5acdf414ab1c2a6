import { PassThrough } from "node:stream";
import { createProgress } from "../../src/cli/progress";

/** A stream that claims to be a terminal, collecting what is drawn on it. */
function terminal(isTTY: boolean): { stream: NodeJS.WriteStream; text: () => string } {
  const s = new PassThrough() as unknown as NodeJS.WriteStream & { columns: number };
  let out = "";
  (s as unknown as PassThrough).on("data", (d: Buffer) => (out += d.toString()));
  Object.assign(s, { isTTY, columns: 100, cursorTo: () => true, clearLine: () => true, moveCursor: () => true });
  return { stream: s, text: () => out };
}

describe("progress bar", () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  test("appears on a terminal once the run has taken a second", () => {
    const t = terminal(true);
    const p = createProgress(5, true, t.stream);
    p.tick("Craven.xlsx");
    expect(t.text()).toBe("");
    jest.advanceTimersByTime(1100);
    p.tick("Selby.xlsx");
    jest.advanceTimersByTime(200);
    p.stop();
    expect(t.text()).toMatch(/Combining/);
  });

  test("never in JSON mode, never when stderr is not a terminal", () => {
    for (const [tty, enabled] of [
      [false, true],
      [true, false],
    ] as const) {
      const t = terminal(tty);
      const p = createProgress(5, enabled, t.stream);
      jest.advanceTimersByTime(1500);
      p.tick("x");
      p.stop();
      expect(t.text()).toBe("");
    }
  });
});
