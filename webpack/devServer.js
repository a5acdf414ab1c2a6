// The dev server `npm start` runs: HTTPS on port 3000 (the manifest's URLs), with the certificate that
// office-addin-dev-certs made, and a CORS header so Excel on the web may fetch functions.json and the scripts.
const PORT = 3000;

/** @param {{ key: Buffer | string, cert: Buffer | string, ca?: Buffer | string }} https */
function devServerOptions(https) {
  return {
    host: "localhost", // only this computer: Excel desktop and the browser reach it as https://localhost:3000
    port: PORT,
    server: { type: "https", options: https },
    headers: { "Access-Control-Allow-Origin": "*" },
    static: false, // everything served is emitted by the add-in build
    hot: false, // the shared runtime page reloads as a whole
    client: { overlay: { errors: true, warnings: false } },
  };
}

module.exports = { PORT, devServerOptions };
