/**
 * The district a file comes from, by default read from its name: the words before the first word that
 * describes the document ("Selby action plan 2010.xlsx" → "Selby", "North_Craven-Delivery Plan.xlsx" →
 * "North Craven"). Falls back to the whole name without its extension.
 */
const DOCUMENT_WORDS = new Set([
  "action", "actions", "plan", "plans", "delivery", "progress", "update", "updates", "report", "return",
  "returns", "tracker", "monitoring", "engagement", "community", "partnership", "csp", "cdrp", "lsp",
  "draft", "final", "copy", "v1", "v2", "v3", "version", "q1", "q2", "q3", "q4", "qtr", "quarter",
]);

export function districtFromFileName(fileName: string): string {
  const base = fileName.replace(/^.*[\\/]/, "").replace(/\.[^.]+$/, "");
  const words = base.replace(/[_]+/g, " ").replace(/\s+-\s+|-/g, " ").split(/\s+/).filter(Boolean);
  const kept: string[] = [];
  for (const word of words) {
    const w = word.toLowerCase().replace(/[^a-z0-9]/g, "");
    if (DOCUMENT_WORDS.has(w) || /^(19|20)\d\d/.test(w) || /^\d+$/.test(w)) break;
    kept.push(word);
  }
  const name = kept.join(" ").trim();
  return name || base.trim() || fileName;
}
