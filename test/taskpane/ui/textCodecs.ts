/** jsdom has no TextEncoder/TextDecoder, which every browser has and the workbook reader uses: lend Node's. */
import { TextDecoder, TextEncoder } from "node:util";

Object.assign(globalThis, { TextDecoder, TextEncoder });
