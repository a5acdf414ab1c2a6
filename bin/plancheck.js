#!/usr/bin/env node
"use strict";
// Thin launcher: the command is compiled to dist/ by `npm run build` (run automatically by `npm ci`).
require("../dist/src/cli/main.js").main(process.argv);
