export type { Status, StatusState } from "./types";
export { STATUS_WORDS } from "./statusWords";
export { STATUS_RULES, ANSWER_OPENERS, type StatusRule, type RuleRag } from "./rules";
export {
  parseStatus,
  statusFromCell,
  createStatusParser,
  normaliseAnswer,
  splitLines,
  splitAnswers,
  matchRule,
  type ParsedStatus,
  type StatusParserOptions,
} from "./parseStatus";
