// The pure core and the file readers as one UMD library (dist/web/plancheck.js). It proves they run in a
// browser with no Node built-ins: test/browserBundle.test.ts runs it in a bare VM context.
const path = require("node:path");
const { typescriptRule, dependenciesRule, extensions } = require("./typescript");

const root = path.resolve(__dirname, "..");

module.exports = (env = {}) => ({
  name: "library",
  mode: env.production ? "production" : "development",
  target: "web",
  devtool: "source-map",
  context: root,
  entry: { plancheck: "./src/browser.ts" },
  output: {
    path: env.outDir ? path.resolve(env.outDir) : path.join(root, "dist", "web"),
    filename: "[name].js",
    library: { name: "PlanCheck", type: "umd" },
    clean: true,
  },
  resolve: {
    // No Node polyfills: webpack 5 fails the build if anything in a browser bundle reaches for Node.
    extensions,
  },
  module: { rules: [typescriptRule, dependenciesRule] },
  performance: { hints: false },
});
