/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/src", "<rootDir>/test"],
  // One tsconfig for every file: the task pane's Preact components compile here too (see tsconfig.jest.json).
  transform: { "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.jest.json" }] },
  // Component tests use jsdom (a @jest-environment docblock); packages resolve to their CommonJS builds there too.
  testEnvironmentOptions: { customExportConditions: ["node", "node-addons"] },
  testTimeout: 30000,
};
