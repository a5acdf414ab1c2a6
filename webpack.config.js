// Browser bundles: the core library (webpack/library.js → dist/web) and the Excel add-in
// (webpack/addin.js → dist/addin). `--env only=library` or `--env only=addin` builds one of them;
// `--env production` minifies; `--env urlProd=https://…/` sets the add-in manifest's production address.
const addin = require("./webpack/addin");
const library = require("./webpack/library");

const CONFIGS = { library, addin };

module.exports = (env = {}) => {
  if (env.only && !CONFIGS[env.only]) throw new Error(`--env only=${env.only}: expected one of ${Object.keys(CONFIGS).join(", ")}`);
  return Object.entries(CONFIGS)
    .filter(([name]) => !env.only || env.only === name)
    .map(([, config]) => config(env));
};
