/** Writes the combined workbook to disk, atomically, refusing to overwrite an input. */
import { refuseInputAsOutput, writeOutputAtomically } from "./atomicWrite";
import { combinedWorkbookBytes } from "./bytes";
import { nodeDeflate } from "./nodeDeflate";
import type { CombinedView } from "../../model/combine/types";

export async function writeCombinedXlsx(view: CombinedView, outPath: string, inputs: readonly string[]): Promise<void> {
  // Refuse before the work of building the workbook, and again when writing.
  refuseInputAsOutput(outPath, inputs);
  await writeOutputAtomically(outPath, await combinedWorkbookBytes(view, { deflate: nodeDeflate }), inputs);
}
