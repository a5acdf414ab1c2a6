// The built manifest's <Version> is package.json's version, so that no release ships with a stale one.
// Office caches functions.json and functions.js for up to 24 hours ("Troubleshoot custom functions") and
// asks for the manifest's version to be raised with every update ("Update and maintain your Office Add-in").

/** package.json's version ("1.2.3") as a manifest <Version> ("1.2.3.0"): up to four numbers, nothing else. */
function manifestVersion(packageVersion) {
  const parts = String(packageVersion).split(".");
  if (parts.length > 4 || !parts.every((p) => /^\d+$/.test(p))) {
    throw new Error(`package.json's version "${packageVersion}" cannot be a manifest <Version>, which is up to four numbers (e.g. 1.2.3): drop any -prerelease or +build part`);
  }
  while (parts.length < 4) parts.push("0");
  return parts.join(".");
}

/** The manifest with its one <Version> element set from package.json's version. */
function stampManifestVersion(xml, packageVersion) {
  const found = xml.match(/<Version>[^<]*<\/Version>/g) ?? [];
  if (found.length !== 1) throw new Error(`manifest.xml should have one <Version> element, not ${found.length}`);
  return xml.replace(/<Version>[^<]*<\/Version>/, `<Version>${manifestVersion(packageVersion)}</Version>`);
}

module.exports = { manifestVersion, stampManifestVersion };
