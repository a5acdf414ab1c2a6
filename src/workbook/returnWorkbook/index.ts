/** The district return workbook (`plancheck template --return`, the pane's return button). No file system. */
export { buildReturnWorkbook } from "./buildReturnWorkbook";
export { returnFileName } from "../../model/returnTemplate";
