// functions.json as Excel must receive it. custom-functions-metadata (run by CustomFunctionsMetadataPlugin)
// writes it from the JSDoc tags of src/functions/functions.ts, but cannot emit `allowErrorForDataTypeAny`, a
// top-level property of hand-written metadata only ("Handle and return errors from your custom function",
// "Manually create JSON metadata for custom functions"). Without it Excel never calls a function one of
// whose arguments holds an error value, and a single #N/A in the plan makes PLAN.FLAGS, CHECK, COMPLETION and
// OVERDUECOUNT show #N/A. With it, every "any" parameter receives error values and the functions read them.
//
// One patch, used by the build (PatchFunctionsJson, in webpack/addin.js) and by the tests' model of Excel
// calling the functions (test/functions/excelCalls.ts), so both see the same metadata.
const FUNCTIONS_JSON = "functions.json";

/** The generator's metadata (parsed) with what it cannot express added. */
function patchFunctionsMetadata(metadata) {
  return { ...metadata, allowErrorForDataTypeAny: true };
}

/** Rewrites the emitted functions.json with patchFunctionsMetadata, in the generator's own layout. */
class PatchFunctionsJson {
  apply(compiler) {
    const { Compilation, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap("PatchFunctionsJson", (compilation) => {
      compilation.hooks.processAssets.tap({ name: "PatchFunctionsJson", stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONS }, () => {
        // Absent when the generator reported errors: the build fails on those.
        if (!compilation.getAsset(FUNCTIONS_JSON)) return;
        compilation.updateAsset(FUNCTIONS_JSON, (source) => {
          const patched = patchFunctionsMetadata(JSON.parse(source.source().toString()));
          return new sources.RawSource(JSON.stringify(patched, null, 4));
        });
      });
    });
  }
}

module.exports = { FUNCTIONS_JSON, patchFunctionsMetadata, PatchFunctionsJson };
