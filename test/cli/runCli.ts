import { main } from "../../src/cli/main";

/** Runs the plancheck command in-process and captures what it writes and the exit code it sets. */
export async function runCli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const out = jest.spyOn(process.stdout, "write").mockImplementation((chunk: string | Uint8Array) => {
    stdout += chunk.toString();
    return true;
  });
  const err = jest.spyOn(process.stderr, "write").mockImplementation((chunk: string | Uint8Array) => {
    stderr += chunk.toString();
    return true;
  });
  const previous = process.exitCode;
  process.exitCode = undefined;
  try {
    await main(["node", "plancheck", ...args]);
    return { code: Number(process.exitCode ?? 0), stdout, stderr };
  } finally {
    process.exitCode = previous;
    out.mockRestore();
    err.mockRestore();
  }
}
