export {attributeLevers} from "./attributeLevers.js";
export type {Attribution, AttributionOptions, LeverContribution} from "./attributeLevers.js";
