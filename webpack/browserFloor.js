// The oldest JavaScript engine the add-in's pages promise to run in (README, the add-in's supported
// versions): Safari 14 (WebKit 610). Excel for Mac runs add-ins in the system's WKWebView, which is the
// installed Safari's WebKit; the first Excel for Mac with the API the pane needs (ExcelApi 1.13, 16.50) runs
// on macOS 10.14 and 10.15, where Safari stops at 14.1 and 15.6. Windows Excel hosts the shared runtime in
// WebView2 (Chromium, kept current with Edge) and Excel on the web runs in current browsers: both are above it.
//
// Safari 14 has all of ECMAScript 2021's syntax, not ES2022's class fields (complete from Safari 16), and
// no RegExp lookbehind (Safari 16.4) or `d` flag (Safari 15). webpack/typescript.js compiles to this level;
// test/addin/browserFloor.test.ts parses every script of a production build at it.

/** The engine, as messages name it. */
const FLOOR_ENGINE = "Safari 14 (WebKit 610)";

/** The ECMAScript edition every emitted script must parse as (acorn's ecmaVersion). */
const ECMA_VERSION = 2021;

/** The TypeScript target that emits that edition. */
const TS_TARGET = `es${ECMA_VERSION}`;

/** The RegExp flags the floor knows (no `d`, ES2022; no `v`, ES2024). */
const REGEXP_FLAGS = "gimsuy";

module.exports = { FLOOR_ENGINE, ECMA_VERSION, TS_TARGET, REGEXP_FLAGS };
