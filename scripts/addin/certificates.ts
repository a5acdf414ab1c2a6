/**
 * The dev server's HTTPS certificate. office-addin-dev-certs makes a development CA and a localhost
 * certificate in ~/.office-addin-dev-certs and asks the system to trust the CA (Windows and Mac prompt;
 * Linux needs sudo). When trusting fails, the server still starts with the generated files, and this says
 * how to trust the CA by hand; a browser that does not trust it shows a certificate warning.
 */
import { existsSync, readFileSync } from "node:fs";
import { generateCertificates, getHttpsServerOptions } from "office-addin-dev-certs";
import { caCertificatePath, localhostCertificatePath, localhostKeyPath } from "office-addin-dev-certs/lib/defaults";

export interface HttpsOptions {
  ca: Buffer;
  cert: Buffer;
  key: Buffer;
}

export async function devCertificates(warn: (message: string) => void = console.warn): Promise<HttpsOptions> {
  try {
    const { ca, cert, key } = await getHttpsServerOptions();
    return { ca, cert, key };
  } catch (error) {
    const reason = error instanceof Error ? error.message.split("\n")[0] : String(error);
    if (!existsSync(caCertificatePath)) await generateCertificates();
    warn(
      `Could not make this computer trust the development certificate (${reason}).\n` +
        `The server uses it anyway. To trust it, add ${caCertificatePath} as a trusted certificate authority\n` +
        "(or run `npx office-addin-dev-certs install` as an administrator); until then browsers warn about https://localhost:3000.",
    );
    return { ca: readFileSync(caCertificatePath), cert: readFileSync(localhostCertificatePath), key: readFileSync(localhostKeyPath) };
  }
}
