// How both browser bundles compile TypeScript: ts-loader, type checking left to `npm run typecheck`.
// The code is handed to webpack as ES modules (not the CLI's CommonJS), so webpack can drop what a bundle
// does not use — chrono-node's other locales above all: the core reads dates with its English parser only.
// .tsx files are the task pane's Preact components.
const path = require("node:path");

const root = path.resolve(__dirname, "..");

const typescriptRule = {
  test: /\.tsx?$/,
  loader: "ts-loader",
  exclude: /node_modules/,
  options: {
    transpileOnly: true,
    configFile: path.join(root, "tsconfig.build.json"),
    compilerOptions: { module: "esnext", jsx: "react-jsx", jsxImportSource: "preact" },
  },
};

module.exports = { typescriptRule, extensions: [".ts", ".tsx", ".js", ".json"] };
