/** The sample district workbooks the build bundles (webpack/samples.js), for tests written in TypeScript. */
// eslint-disable-next-line @typescript-eslint/no-require-imports
export const { SAMPLE_FILES, FIXTURES } = require("../../webpack/samples.js") as { SAMPLE_FILES: string[]; FIXTURES: string };
