export * from "./types";
export { normaliseLabel, looseLabel, singularWords } from "./normaliseLabel";
export { parseTemplate, type TemplateParse } from "./parseTemplate";
export { BUILTIN_TEMPLATES, builtinTemplate } from "./builtins";
