// Serves data/ to the pages as one JSON document, with the model compiled for it: the engine runs
// in the browser on exactly what the CLI reads, without mathjs.
import {data, engine} from "../../index.js";

process.stdout.write(JSON.stringify({...data, compiled: engine.model}));
