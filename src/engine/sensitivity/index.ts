export {planOutputYear} from "./planOutputYear.js";
export type {OutputYearOptions, OutputYearPlan} from "./planOutputYear.js";
export {tornado} from "./tornado.js";
export type {TornadoBar, TornadoResult} from "./tornado.js";
export {planSobol, maximumSobolSamples} from "./planSobol.js";
export type {SobolSensitivityOptions} from "./planSobol.js";
export {sobolSensitivity} from "./sobolSensitivity.js";
export type {SobolBar, SobolSensitivity} from "./sobolSensitivity.js";
