// The Excel add-in (dist/addin): one shared-runtime page, taskpane.html, which loads office.js from
// Microsoft's CDN, then functions.js (the PLAN.* custom functions) and taskpane.js; functions.json generated
// from the JSDoc tags of src/functions/functions.ts; the support page; the icons; and manifest.xml, with
// package.json's version as its <Version> and its URLs rewritten for production with --env urlProd=https://…/.
//
// The same taskpane.js also runs as a plain web page, index.html (no office.js, no custom functions), on
// workbooks opened from disk; samples/ holds the sample district workbooks it opens with `?samples`. The
// workbook reader, the combined-workbook writer and each host are lazy chunks (chunks/), loaded when used;
// so is the pane's analysis engine (src/model with chrono-node, chunks/analysis…), loaded just after the pane
// is first drawn (src/taskpane/ui/loadEngine.ts). functions.js deliberately shares no chunk with taskpane.js:
// it keeps its own copy of the model, so the manifest's custom-functions script works wherever it is loaded.
//
// No separate commands bundle: the only ribbon command is ShowTaskpane, and with the shared runtime the
// manifest's FunctionFile is the same taskpane.html page.
const path = require("node:path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const webpack = require("webpack");
const { PatchFunctionsJson } = require("./functionsMetadata");
const { DEV_URL, normaliseUrlProd, rewriteManifestUrls } = require("./manifestUrls");
const { stampManifestVersion } = require("./manifestVersion");
const { samplePatterns, SampleIndexPlugin } = require("./samples");
const { typescriptRule, dependenciesRule, extensions } = require("./typescript");
const { version } = require("../package.json");

const root = path.resolve(__dirname, "..");
const FUNCTIONS = path.join(root, "src", "functions", "functions.ts");

/** Warns when a production build keeps the dev server's URLs in its manifest. */
class LocalhostManifestWarning {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("LocalhostManifestWarning", (compilation) => {
      compilation.warnings.push(
        new compiler.webpack.WebpackError(
          `the built manifest.xml still points at ${DEV_URL}: for a manifest to install for others, build with --env urlProd=https://your.server/plancheck/`,
        ),
      );
    });
  }
}

/**
 * Leaves chunks made only of already-minified library builds (exceljs's and JSZip's dist/*.min.js, in the
 * lazy chunks) out of minification: minifying them again gains nothing and took most of a production build.
 */
class SkipPrebuiltMinified {
  apply(compiler) {
    const { Compilation } = compiler.webpack;
    compiler.hooks.thisCompilation.tap("SkipPrebuiltMinified", (compilation) => {
      compilation.hooks.processAssets.tap({ name: "SkipPrebuiltMinified", stage: Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE }, () => {
        for (const chunk of compilation.chunks) {
          const modules = compilation.chunkGraph.getChunkModules(chunk);
          if (modules.length === 0 || !modules.every((m) => /\.min\.js$/.test(m.resource ?? ""))) continue;
          for (const file of chunk.files) if (file.endsWith(".js")) compilation.updateAsset(file, (source) => source, { minimized: true });
        }
      });
    });
  }
}

/**
 * @param {{ production?: boolean, urlProd?: string, addinOutDir?: string }} env
 */
module.exports = (env = {}) => {
  const production = Boolean(env.production);
  const urlProd = env.urlProd ? normaliseUrlProd(env.urlProd) : null;
  if (urlProd && !production) throw new Error("urlProd is for the production build: add --env production");
  return {
    name: "addin",
    mode: production ? "production" : "development",
    target: "web",
    devtool: "source-map",
    context: root,
    entry: {
      functions: FUNCTIONS,
      taskpane: "./src/taskpane/taskpane.ts",
    },
    output: {
      path: env.addinOutDir ? path.resolve(env.addinOutDir) : path.join(root, "dist", "addin"),
      filename: "[name].js",
      chunkFilename: "chunks/[name].[contenthash:8].js",
      clean: true,
    },
    resolve: { extensions },
    module: { rules: [typescriptRule, dependenciesRule] },
    plugins: [
      new webpack.DefinePlugin({ __PLANCHECK_VERSION__: JSON.stringify(version) }),
      // Writes functions.json and appends the CustomFunctions.associate calls to the functions bundle; then
      // functions.json gets what the generator cannot write (allowErrorForDataTypeAny).
      new CustomFunctionsMetadataPlugin({ input: FUNCTIONS, output: "functions.json" }),
      new PatchFunctionsJson(),
      new HtmlWebpackPlugin({
        template: "./src/taskpane/taskpane.html",
        filename: "taskpane.html",
        chunks: ["functions", "taskpane"],
        chunksSortMode: "manual",
        scriptLoading: "defer",
      }),
      // The standalone page: the same task pane script, without office.js or the custom functions.
      new HtmlWebpackPlugin({ template: "./src/taskpane/index.html", filename: "index.html", chunks: ["taskpane"], scriptLoading: "defer" }),
      new HtmlWebpackPlugin({ template: "./src/taskpane/support.html", filename: "support.html", chunks: [] }),
      new SampleIndexPlugin(),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "src/taskpane/ui/taskpane.css", to: "taskpane.css" },
          ...samplePatterns(),
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => {
              const xml = stampManifestVersion(content.toString("utf8"), version);
              return urlProd ? rewriteManifestUrls(xml, urlProd) : xml;
            },
          },
        ],
      }),
      new SkipPrebuiltMinified(),
      ...(production && !urlProd ? [new LocalhostManifestWarning()] : []),
    ],
    // Lazy chunks keep readable names (chunks/reader…, chunks/vendors-node_modules_exceljs…) for bench/bundleSize.ts.
    optimization: { chunkIds: "named" },
    performance: { hints: false },
  };
};
