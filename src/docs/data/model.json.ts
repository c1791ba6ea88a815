// Serves data/ to the pages as one JSON document: the engine runs in the browser on exactly what
// the CLI reads.
import {loadData} from "../../node/loadData.js";

process.stdout.write(JSON.stringify(loadData()));
