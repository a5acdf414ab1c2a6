import pkg from "../../package.json";

/** PlanCheck's version, recorded in what it writes. */
export const version: string = pkg.version;
