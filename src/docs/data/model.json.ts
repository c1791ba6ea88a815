// Serves data/ to the pages as one JSON document, with the model compiled for it: the engine runs
// in the browser on exactly what the CLI reads, without mathjs. The observations stay out (170 kB
// that no page reads: the calibration, backtest and sources pages get them through their loaders).
import {data, engine} from "../../index.js";

const {observations: _observations, ...pageData} = data;
process.stdout.write(JSON.stringify({...pageData, compiled: engine.model}));
