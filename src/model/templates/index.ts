export * from "./types";
export { normaliseLabel, looseLabel, singularWords } from "./normaliseLabel";
export { parseTemplate, type TemplateParse } from "./parseTemplate";
export { BUILTIN_TEMPLATES, builtinTemplate } from "./builtins";
export { templateFromColumns, type MappedColumn } from "./templateFromColumns";
export { templateJson } from "./templateJson";
