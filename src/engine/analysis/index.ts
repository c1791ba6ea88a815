export {saltelliSample} from "./saltelliSample.js";
export {sobolIndices} from "./sobolIndices.js";
export type {SobolOptions, SobolInterval, SobolResult} from "./sobolIndices.js";
export {oneAtATime} from "./oneAtATime.js";
export type {OneAtATimeEffect} from "./oneAtATime.js";
