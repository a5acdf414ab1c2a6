import { normaliseLabel } from "../templates/normaliseLabel";

// The columns of a document's change log or an audit trail: who changed it, which version, what changed.
const AUTHOR = /^((changed|modified|edited|updated|amended) by|author|user ?name|user)$/;
const VERSION = /^(version|ver|rev|revision)( no| number)?$|^issue no$/;
const CHANGE = /^(changes?( made| description)?|(description|summary) of changes?|amendments?|timestamp)$/;

/**
 * True when a header row's labels are a change log's or an audit log's ("Version | Date | Author |
 * Description", "Date | Changed by | Change | Version"): a record of edits to a document, never a plan,
 * even though "Date" and "Description" are words plans use too.
 */
export function isChangeLogHeader(labels: readonly string[]): boolean {
  const normal = labels.map(normaliseLabel);
  const has = (p: RegExp) => normal.some((l) => p.test(l));
  const author = has(AUTHOR);
  const version = has(VERSION);
  const change = has(CHANGE);
  return (author && (version || change)) || (version && change);
}
