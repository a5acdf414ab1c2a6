// A webpack loader that compiles a package's published JavaScript down to the browser floor with the
// TypeScript compiler (transpile only: no tsconfig, no type checking). Used by webpack/typescript.js's
// dependenciesRule for the packages listed there.
const ts = require("typescript");

/** @this {import("webpack").LoaderContext<{ compilerOptions: object }>} */
module.exports = function downlevelLoader(source) {
  const { options, errors } = ts.convertCompilerOptionsFromJson({ ...this.getOptions().compilerOptions, allowJs: true, sourceMap: this.sourceMap }, this.rootContext);
  if (errors.length > 0) throw new Error(errors.map((e) => ts.flattenDiagnosticMessageText(e.messageText, "\n")).join("\n"));
  const out = ts.transpileModule(source, { fileName: this.resourcePath, compilerOptions: options });
  const code = out.outputText.replace(/\n\/\/# sourceMappingURL=\S*\s*$/, "\n");
  this.callback(null, code, out.sourceMapText ? JSON.parse(out.sourceMapText) : undefined);
};
