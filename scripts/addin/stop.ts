/**
 * `npm stop`: removes the desktop Excel sideload that `npm start` made (Windows and Mac, with
 * `npm run addin:tools` installed). Stop the dev server itself with Ctrl+C.
 */
import path from "node:path";
import { runDebugging } from "./desktopExcel";

const manifest = path.resolve(__dirname, "..", "..", "manifest.xml");
console.log(runDebugging("stop", manifest, 3000));
