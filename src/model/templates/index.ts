export * from "./types";
export { normaliseLabel, looseLabel } from "./normaliseLabel";
export { parseTemplate, type TemplateParse } from "./parseTemplate";
export { BUILTIN_TEMPLATES, builtinTemplate } from "./builtins";
