// Serves data/calibration.json to the calibration page without its posterior sample (the page
// shows the report, the diagnostics and the step check; the sample is for `shapan mc --calibrated`).
import {loadCalibration} from "../../node/loadCalibration.js";

const calibration = loadCalibration();
if (!calibration) throw new Error("data/calibration.json is missing: run `shapan calibrate --out data/calibration.json`");
const {sample, ...rest} = calibration;
process.stdout.write(JSON.stringify({...rest, sample: {parameters: sample.parameters, nuisance: sample.nuisance, draws: sample.draws.length}}));
