// The sample district workbooks served with the task pane's standalone page (dist/addin/samples/): the
// district fixtures from test/fixtures, plus samples/index.json listing them. `?samples` opens them at start.
const path = require("node:path");

const root = path.resolve(__dirname, "..");
const FIXTURES = path.join(root, "test", "fixtures");

const SAMPLE_FILES = ["Craven", "Hambleton", "Harrogate", "Richmondshire", "Ryedale", "Scarborough", "Selby"].map(
  (district) => `${district} action plan 2010.${district === "Ryedale" || district === "Scarborough" ? "csv" : "xlsx"}`,
);

/** copy-webpack-plugin patterns for the files, and a plugin that emits samples/index.json. */
function samplePatterns() {
  return SAMPLE_FILES.map((file) => ({ from: path.join(FIXTURES, file), to: `samples/${file}` }));
}

class SampleIndexPlugin {
  apply(compiler) {
    const { Compilation, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap("SampleIndexPlugin", (compilation) => {
      compilation.hooks.processAssets.tap({ name: "SampleIndexPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, () => {
        compilation.emitAsset("samples/index.json", new sources.RawSource(`${JSON.stringify(SAMPLE_FILES, null, 2)}\n`));
      });
    });
  }
}

module.exports = { SAMPLE_FILES, FIXTURES, samplePatterns, SampleIndexPlugin };
