/** Output is written atomically (temp file in the same directory, renamed over the target) and never over an input. */
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync, linkSync } from "node:fs";
import { join } from "node:path";
import { writeCombinedXlsx, writeOutputAtomically } from "../../src/workbook/combined";
import { sameFile } from "../../src/workbook/combined/atomicWrite";
import { tempDir } from "./helpers";
import { sampleView } from "./sampleView";

let tmp: ReturnType<typeof tempDir>;
beforeEach(() => (tmp = tempDir()));
afterEach(() => {
  chmodSync(tmp.dir, 0o755);
  tmp.cleanup();
});

const isRoot = typeof process.getuid === "function" && process.getuid() === 0;

describe("writeOutputAtomically", () => {
  test("writes the bytes, replaces an existing file, and leaves no temporary file", async () => {
    const out = join(tmp.dir, "combined.csv");
    await writeOutputAtomically(out, "first", []);
    expect(readFileSync(out, "utf8")).toBe("first");
    await writeOutputAtomically(out, new TextEncoder().encode("second"), []);
    expect(readFileSync(out, "utf8")).toBe("second");
    expect(readdirSync(tmp.dir)).toEqual(["combined.csv"]);
  });

  test("keeps the permissions of the file it replaces", async () => {
    const out = join(tmp.dir, "combined.csv");
    writeFileSync(out, "old");
    chmodSync(out, 0o640);
    await writeOutputAtomically(out, "new", []);
    expect(readFileSync(out, "utf8")).toBe("new");
    const { statSync } = await import("node:fs");
    expect(statSync(out).mode & 0o777).toBe(0o640);
  });

  test("a missing directory fails and leaves nothing behind", async () => {
    const out = join(tmp.dir, "missing", "combined.xlsx");
    await expect(writeOutputAtomically(out, "x", [])).rejects.toThrow(/ENOENT/);
    expect(readdirSync(tmp.dir)).toEqual([]);
  });

  (isRoot ? test.skip : test)("a read-only directory fails and leaves nothing behind (skipped as root: root may write anywhere)", async () => {
    const dir = join(tmp.dir, "ro");
    mkdirSync(dir);
    chmodSync(dir, 0o555);
    await expect(writeOutputAtomically(join(dir, "combined.xlsx"), "x", [])).rejects.toThrow();
    chmodSync(dir, 0o755);
    expect(readdirSync(dir)).toEqual([]);
  });

  test("a failure after the temporary file exists (the target is a directory) removes it and keeps the target", async () => {
    const out = join(tmp.dir, "taken");
    mkdirSync(out);
    writeFileSync(join(out, "inside.txt"), "keep");
    await expect(writeOutputAtomically(out, "x", [])).rejects.toThrow();
    expect(readdirSync(tmp.dir)).toEqual(["taken"]);
    expect(readFileSync(join(out, "inside.txt"), "utf8")).toBe("keep");
  });

  test("a failure while writing (bad data) removes the temporary file and keeps the old output", async () => {
    const out = join(tmp.dir, "combined.csv");
    writeFileSync(out, "old");
    await expect(writeOutputAtomically(out, 42 as unknown as string, [])).rejects.toThrow();
    expect(readdirSync(tmp.dir)).toEqual(["combined.csv"]);
    expect(readFileSync(out, "utf8")).toBe("old");
  });

  test("refuses to overwrite an input: same path, relative path, symlink, hard link, other case — naming both", async () => {
    const input = join(tmp.dir, "Selby plan.xlsx");
    writeFileSync(input, "source");
    const link = join(tmp.dir, "link.xlsx");
    symlinkSync(input, link);
    const hard = join(tmp.dir, "hard.xlsx");
    linkSync(input, hard);
    const rel = join(tmp.dir, ".", "sub", "..", "Selby plan.xlsx");
    for (const out of [input, rel, link, hard, join(tmp.dir, "SELBY PLAN.XLSX")]) {
      await expect(writeOutputAtomically(out, "x", ["other.xlsx", input])).rejects.toThrow(new RegExp(`${escape(out)}.*${escape(input)}`));
    }
    // And an output that is a symlink to nothing, pointing where an input would be.
    expect(readFileSync(input, "utf8")).toBe("source");
    expect(sameFile(join(tmp.dir, "new.xlsx"), input)).toBe(false);
  });

  test("writeCombinedXlsx refuses before building, and writes a workbook otherwise", async () => {
    const input = join(tmp.dir, "plan.xlsx");
    writeFileSync(input, "source");
    await expect(writeCombinedXlsx(sampleView(), input, [input])).rejects.toThrow(/Refusing to write/);
    expect(readFileSync(input, "utf8")).toBe("source");
    const out = join(tmp.dir, "combined.xlsx");
    await writeCombinedXlsx(sampleView(), out, [input]);
    expect(readFileSync(out).subarray(0, 2).toString()).toBe("PK");
    expect(readdirSync(tmp.dir).sort()).toEqual(["combined.xlsx", "plan.xlsx"]);
    expect(existsSync(out)).toBe(true);
  });
});

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
