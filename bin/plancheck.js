#!/usr/bin/env node
"use strict";
// Thin launcher: the command is compiled to dist/ by `npm run build:cli` (run automatically by `npm ci`, and by `npm run build`).
require("../dist/src/cli/main.js").main(process.argv);
