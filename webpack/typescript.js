// How both browser bundles compile TypeScript: ts-loader, type checking left to `npm run typecheck`.
// The code is handed to webpack as ES modules (not the CLI's CommonJS), so webpack can drop what a bundle
// does not use — chrono-node's other locales above all: the core reads dates with its English parser only.
// .tsx files are the task pane's Preact components.
//
// Everything is emitted for the oldest browser engine the add-in promises (webpack/browserFloor.js): the
// TypeScript target is that engine's ECMAScript edition. Class fields keep their ES2022 meaning (defined,
// not assigned), as in the command line's build, so the pane and the CLI run the same code the same way.
const path = require("node:path");
const { TS_TARGET } = require("./browserFloor");

const root = path.resolve(__dirname, "..");

const compilerOptions = { module: "esnext", target: TS_TARGET, useDefineForClassFields: true };

const typescriptRule = {
  test: /\.tsx?$/,
  loader: "ts-loader",
  exclude: /node_modules/,
  options: {
    transpileOnly: true,
    configFile: path.join(root, "tsconfig.build.json"),
    compilerOptions: { ...compilerOptions, jsx: "react-jsx", jsxImportSource: "preact" },
  },
};

/**
 * Packages bundled into the browser whose published ES modules use syntax newer than the floor, compiled
 * down to it by the same compiler: chrono-node 2 ships ES2022 (class fields). Its CommonJS build is older
 * syntax, but webpack cannot drop its unused locales from CommonJS. test/addin/browserFloor.test.ts finds
 * any other package that would need to be listed here.
 */
const DOWNLEVEL_PACKAGES = ["chrono-node"];

const dependenciesRule = {
  test: /\.m?js$/,
  include: new RegExp(`[\\\\/]node_modules[\\\\/](?:${DOWNLEVEL_PACKAGES.join("|")})[\\\\/]`),
  loader: path.join(__dirname, "downlevelLoader.js"),
  options: { compilerOptions },
};

module.exports = { typescriptRule, dependenciesRule, extensions: [".ts", ".tsx", ".js", ".json"] };
