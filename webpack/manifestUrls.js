// The manifest's URLs point at the dev server; a production build rewrites them to where the add-in is
// hosted (`--env urlProd=https://…/`). Only attribute values that start with the dev address are rewritten.
const DEV_URL = "https://localhost:3000/";

/** Checks a production base URL and returns it with a trailing slash; throws a message saying what to fix. */
function normaliseUrlProd(value) {
  const text = String(value).trim();
  let url;
  try {
    url = new URL(text);
  } catch {
    throw new Error(`urlProd "${text}" is not a URL: give the full address the add-in is served from, e.g. --env urlProd=https://plans.example.gov.uk/plancheck/`);
  }
  if (url.protocol !== "https:") throw new Error(`urlProd "${text}" must start with https:// (Office loads add-ins only over HTTPS)`);
  if (url.search || url.hash || url.username || url.password) throw new Error(`urlProd "${text}" must be a plain folder address, without ?query, #fragment or user name`);
  return url.href.endsWith("/") ? url.href : `${url.href}/`;
}

/** The manifest with every "https://localhost:3000/… attribute value moved under urlProd (already normalised). */
function rewriteManifestUrls(xml, urlProd) {
  return xml.split(`"${DEV_URL}`).join(`"${urlProd}`);
}

module.exports = { DEV_URL, normaliseUrlProd, rewriteManifestUrls };
