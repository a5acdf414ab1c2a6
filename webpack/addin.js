// The Excel add-in (dist/addin): one shared-runtime page, taskpane.html, which loads office.js from
// Microsoft's CDN, then functions.js (the PLAN.* custom functions) and taskpane.js; functions.json generated
// from the JSDoc tags of src/functions/functions.ts; the support page; the icons; and manifest.xml, whose
// URLs are rewritten for production with --env urlProd=https://…/.
//
// No separate commands bundle: the only ribbon command is ShowTaskpane, and with the shared runtime the
// manifest's FunctionFile is the same taskpane.html page.
const path = require("node:path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { DEV_URL, normaliseUrlProd, rewriteManifestUrls } = require("./manifestUrls");

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
      clean: true,
    },
    resolve: { extensions: [".ts", ".js", ".json"] },
    module: {
      rules: [{ test: /\.ts$/, loader: "ts-loader", exclude: /node_modules/, options: { transpileOnly: true, configFile: path.join(root, "tsconfig.build.json") } }],
    },
    plugins: [
      // Writes functions.json and appends the CustomFunctions.associate calls to the functions bundle.
      new CustomFunctionsMetadataPlugin({ input: FUNCTIONS, output: "functions.json" }),
      new HtmlWebpackPlugin({
        template: "./src/taskpane/taskpane.html",
        filename: "taskpane.html",
        chunks: ["functions", "taskpane"],
        chunksSortMode: "manual",
        scriptLoading: "defer",
      }),
      new HtmlWebpackPlugin({ template: "./src/taskpane/support.html", filename: "support.html", chunks: [] }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "manifest.xml", to: "manifest.xml", transform: (content) => (urlProd ? rewriteManifestUrls(content.toString("utf8"), urlProd) : content) },
        ],
      }),
      ...(production && !urlProd ? [new LocalhostManifestWarning()] : []),
    ],
    performance: { hints: false },
  };
};
