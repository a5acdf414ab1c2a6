"use strict";
// A small local ESLint plugin that keeps the architecture's walls: each rule resolves a file's imports
// (relative paths against the file, bare names as packages) and reports those that cross a wall.
const path = require("node:path");

const ROOT = path.resolve(__dirname, "..");

function importSources(context, report) {
  const check = (node, source) => {
    if (source && source.type === "Literal" && typeof source.value === "string") report(node, source.value);
  };
  return {
    ImportDeclaration: (node) => check(node, node.source),
    ExportNamedDeclaration: (node) => check(node, node.source),
    ExportAllDeclaration: (node) => check(node, node.source),
    ImportExpression: (node) => check(node, node.source),
    CallExpression: (node) => {
      if (node.callee.type === "Identifier" && node.callee.name === "require") check(node, node.arguments[0]);
    },
  };
}

/** "src/model/x" for a relative import, or the package name for a bare one. */
function target(filename, spec) {
  if (spec.startsWith(".")) return { local: path.relative(ROOT, path.resolve(path.dirname(filename), spec)).split(path.sep).join("/") };
  const parts = spec.replace(/^node:/, "").split("/");
  return { pkg: spec.startsWith("@") ? parts.slice(0, 2).join("/") : parts[0] };
}

const inside = (p, dir) => p === dir || p.startsWith(`${dir}/`);

/** Options: { allowLocal: ["src/model"], allowPackages: ["chrono-node"], message } */
const onlyImports = {
  meta: {
    type: "problem",
    schema: [{ type: "object", properties: { allowLocal: { type: "array" }, allowPackages: { type: "array" }, message: { type: "string" } } }],
    messages: { wall: "{{spec}}: {{message}}" },
  },
  create(context) {
    const { allowLocal = [], allowPackages = [], message = "import not allowed here" } = context.options[0] || {};
    return importSources(context, (node, spec) => {
      const t = target(context.filename, spec);
      const ok = t.local !== undefined ? allowLocal.some((d) => inside(t.local, d)) : allowPackages.includes(t.pkg);
      if (!ok) context.report({ node, messageId: "wall", data: { spec, message } });
    });
  },
};

/** Options: { dirs: ["src/cli"], message } — nothing outside those folders may import into them. */
const noImportInto = {
  meta: {
    type: "problem",
    schema: [{ type: "object", properties: { dirs: { type: "array" }, message: { type: "string" } } }],
    messages: { wall: "{{spec}}: {{message}}" },
  },
  create(context) {
    const { dirs = [], message = "import not allowed here" } = context.options[0] || {};
    const from = path.relative(ROOT, context.filename).split(path.sep).join("/");
    return importSources(context, (node, spec) => {
      const t = target(context.filename, spec);
      if (t.local === undefined) return;
      if (dirs.some((d) => inside(t.local, d) && !inside(from, d))) context.report({ node, messageId: "wall", data: { spec, message } });
    });
  },
};

/** Options: { packages: ["hyperformula"], message } — these packages may not be imported here at all. */
const noPackages = {
  meta: {
    type: "problem",
    schema: [{ type: "object", properties: { packages: { type: "array" }, message: { type: "string" } } }],
    messages: { wall: "{{spec}}: {{message}}" },
  },
  create(context) {
    const { packages = [], message = "package not allowed here" } = context.options[0] || {};
    return importSources(context, (node, spec) => {
      const t = target(context.filename, spec);
      if (t.pkg !== undefined && packages.includes(t.pkg)) context.report({ node, messageId: "wall", data: { spec, message } });
    });
  },
};

module.exports = { rules: { "only-imports": onlyImports, "no-import-into": noImportInto, "no-packages": noPackages } };
