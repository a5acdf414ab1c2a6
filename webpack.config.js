// Browser bundles for the Excel add-in. Today: the pure core and the file reader as one library, which
// proves they run in a browser with no Node built-ins; the task pane and custom-function entries join here.
const path = require("node:path");

module.exports = (env = {}) => ({
  mode: env.production ? "production" : "development",
  target: "web",
  devtool: "source-map",
  entry: { plancheck: "./src/browser.ts" },
  output: {
    path: env.outDir ? path.resolve(env.outDir) : path.resolve(__dirname, "dist", "web"),
    filename: "[name].js",
    library: { name: "PlanCheck", type: "umd" },
    clean: true,
  },
  resolve: {
    // No Node polyfills: webpack 5 fails the build if anything in a browser bundle reaches for Node.
    extensions: [".ts", ".js", ".json"],
  },
  module: {
    rules: [{ test: /\.ts$/, loader: "ts-loader", exclude: /node_modules/, options: { transpileOnly: true, configFile: "tsconfig.build.json" } }],
  },
  performance: { hints: false },
});
