import { normaliseLabel } from "../templates/normaliseLabel";

// The columns of a document's change log or an audit trail: who changed it, which version, what changed.
const AUTHOR = /^((changed|modified|edited|updated|amended|revised|made) by|author|authors|editor|user|user name|username)$/;
const VERSION = /^(version|version no|version number|ver|rev|revision|revision no|revision number|issue no)$/;
const CHANGE =
  /^(change|changes|change made|changes made|change description|description of changes?|summary of changes?|amendments?|amendment details|event|timestamp|date time)$/;

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
