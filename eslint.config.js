// Lint rules, and the architecture's walls: the pure core imports nothing outside itself, the custom
// functions never touch files, only the Excel host module touches Office, and nothing imports the CLI.
const js = require("@eslint/js");
const tseslint = require("typescript-eslint");

const NODE_IO = ["fs", "node:fs", "fs/promises", "node:fs/promises", "path", "node:path", "child_process", "node:child_process", "os", "node:os"];
const nodeBuiltins = require("node:module").builtinModules.flatMap((m) => [m, `node:${m}`]);

module.exports = tseslint.config(
  { ignores: ["dist/**", "node_modules/**", "coverage/**", "test/fixtures/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.js"],
    languageOptions: { sourceType: "commonjs", globals: { require: "readonly", module: "writable", process: "readonly", console: "readonly", __dirname: "readonly" } },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    files: ["src/**/*.ts"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [{ group: ["**/cli", "**/cli/**"], message: "Nothing under src/ may import the CLI." }] }],
      "no-restricted-globals": ["error", { name: "Office", message: "Only the task pane's Excel host module may use Office." }, { name: "Excel", message: "Only the task pane's Excel host module may use Excel." }],
    },
  },
  {
    files: ["src/model/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [...nodeBuiltins, "exceljs", "jszip", "preact", "commander"].map((name) => ({ name, message: "src/model is the pure core: no I/O, no exceljs, no Office, no DOM." })),
          patterns: [{ group: ["../../*", "!../../model", "!../../model/**"], message: "src/model imports nothing outside src/model." }],
        },
      ],
    },
  },
  {
    files: ["src/functions/**/*.ts"],
    rules: {
      "no-restricted-imports": ["error", { paths: [...NODE_IO, "exceljs"].map((name) => ({ name, message: "Custom functions never read files: wrap src/model instead." })), patterns: [{ group: ["**/workbook", "**/workbook/**", "**/cli", "**/cli/**"], message: "Custom functions use src/model only." }] }],
    },
  },
  {
    // Tests may read fixtures from disk; the walls are about the shipped code.
    files: ["src/**/*.test.ts"],
    rules: { "no-restricted-imports": "off" },
  },
  {
    files: ["src/cli/**/*.ts", "test/**/*.ts", "scripts/**/*.ts", "bench/**/*.ts"],
    rules: { "no-restricted-globals": "off" },
  },
);
