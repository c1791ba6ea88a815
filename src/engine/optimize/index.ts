export {nelderMead} from "./nelderMead.js";
export type {Bounds, NelderMeadOptions, NelderMeadResult} from "./nelderMead.js";
export {minimizeWithConstraints} from "./minimizeWithConstraints.js";
export type {ConstrainedOptions, ConstrainedResult} from "./minimizeWithConstraints.js";
