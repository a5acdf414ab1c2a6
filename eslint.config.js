// Lint rules, and the architecture's walls (see eslint/walls.js and test/architecture.test.ts):
// src/model imports nothing outside itself; src/functions uses only src/model and never reads files;
// only the task pane's Excel host module touches Office/Excel, only src/functions/errors.ts CustomFunctions and
// only src/functions/requirements.ts Office (to ask which requirement sets Excel supports);
// the task pane's UI reaches its host only through the PlanHost contract; nothing under src/ imports src/cli;
// only test/ may import HyperFormula (GPL-3.0, test-only).
const js = require("@eslint/js");
const tseslint = require("typescript-eslint");
const walls = require("./eslint/walls");

const OFFICE_GLOBALS = ["Office", "Excel", "OfficeExtension", "CustomFunctions"].map((name) => ({
  name,
  message:
    name === "CustomFunctions"
      ? "Only the task pane's Excel host module (src/taskpane/host) and the custom functions' error module (src/functions/errors.ts) may use CustomFunctions."
      : name === "Office"
        ? "Only the task pane's Excel host module (src/taskpane/host) may use Office APIs, and src/functions/requirements.ts to ask which requirement sets Excel supports."
        : "Only the task pane's Excel host module (src/taskpane/host) may use Office APIs.",
}));

module.exports = tseslint.config(
  { ignores: ["dist/**", "node_modules/**", "coverage/**", "test/fixtures/**", ".addin-tools/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.js"],
    languageOptions: {
      sourceType: "commonjs",
      globals: { require: "readonly", module: "writable", process: "readonly", console: "readonly", __dirname: "readonly", URL: "readonly" },
    },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    // HyperFormula (GPL-3.0) calculates the fake Excel in tests only: nothing that is built or shipped may load it.
    files: ["**/*.ts", "**/*.tsx", "**/*.js"],
    ignores: ["test/**"],
    plugins: { walls },
    rules: {
      "walls/no-packages": ["error", { packages: ["hyperformula"], message: "HyperFormula is GPL-3.0 and a test-only dev dependency: only test/ may import it, so that nothing built or shipped carries it" }],
    },
  },
  {
    files: ["src/**/*.ts", "src/**/*.tsx"],
    plugins: { walls },
    rules: {
      "walls/no-import-into": ["error", { dirs: ["src/cli"], message: "nothing under src/ may import the CLI" }],
      "no-restricted-globals": ["error", ...OFFICE_GLOBALS],
    },
  },
  {
    files: ["src/model/**/*.ts"],
    ignores: ["src/model/**/*.test.ts"],
    rules: {
      "walls/only-imports": [
        "error",
        { allowLocal: ["src/model"], allowPackages: ["chrono-node"], message: "src/model is the pure core: it imports nothing outside src/model (no I/O, exceljs, Office or DOM)" },
      ],
    },
  },
  {
    files: ["src/functions/**/*.ts"],
    ignores: ["src/functions/**/*.test.ts"],
    rules: {
      "walls/only-imports": ["error", { allowLocal: ["src/functions", "src/model"], allowPackages: [], message: "custom functions wrap src/model and never read files" }],
    },
  },
  {
    // The custom functions build their errors as CustomFunctions.Error; only this one module may, and it
    // still may not touch Office, Excel or OfficeExtension.
    files: ["src/functions/errors.ts"],
    rules: { "no-restricted-globals": ["error", ...OFFICE_GLOBALS.filter((g) => g.name !== "CustomFunctions")] },
  },
  {
    // The custom functions ask office.js which requirement sets Excel supports (formatted results need
    // CustomFunctionsRuntime 1.4) in this one module, which still may not touch Excel, OfficeExtension or
    // CustomFunctions.
    files: ["src/functions/requirements.ts"],
    rules: { "no-restricted-globals": ["error", ...OFFICE_GLOBALS.filter((g) => g.name !== "Office")] },
  },
  {
    files: ["src/taskpane/host/**/*.ts"],
    rules: { "no-restricted-globals": "off" },
  },
  {
    // The pane's UI works on any host through the PlanHost contract, and analyses only through src/model.
    files: ["src/taskpane/ui/**/*.ts", "src/taskpane/ui/**/*.tsx"],
    rules: {
      "walls/only-imports": [
        "error",
        {
          allowLocal: ["src/taskpane/ui", "src/taskpane/hostApi", "src/taskpane/files", "src/model"],
          allowPackages: ["preact"],
          message: "the task pane's UI reaches its host only through src/taskpane/hostApi (never Office or a host module) and analyses through src/model",
        },
      ],
    },
  },
  {
    // The standalone page's host runs with no Office at all.
    files: ["src/taskpane/browser/**/*.ts", "src/taskpane/browser/**/*.tsx"],
    rules: {
      "walls/only-imports": [
        "error",
        {
          allowLocal: ["src/taskpane/browser", "src/taskpane/ui", "src/taskpane/files", "src/taskpane/hostApi", "src/model", "src/workbook"],
          allowPackages: ["preact"],
          message: "the browser host works without Office: it may not import the Excel host",
        },
      ],
    },
  },
);
