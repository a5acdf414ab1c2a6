/**
 * A template's short name (and file name) from free text, a title or a file name: "Craven plan 2010" →
 * "craven-plan-2010". Accents are dropped and anything else becomes "-", so the name is safe as a file name
 * everywhere; "my-template" when nothing is left.
 */
export function templateName(text: string): string {
  const name = text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return name || "my-template";
}
