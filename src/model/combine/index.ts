export * from "./types";
export { accountOf, combine, findingCountOf, type CombineSource, type CombineMeta } from "./combine";
export { districtFromFileName } from "./districtName";
export { createRowKeyer, normaliseAction, fnv1a } from "./rowKey";
export { diffRows, type PreviousRow } from "./changes";
export { previousRows } from "./previousRows";
export { wordSimilarity } from "./similarity";
export { parseDistrictFrom, districtMap, resolveDistrict, type DistrictRule } from "./districtRule";
export { toCombineSource, type ReadSource } from "./source";
