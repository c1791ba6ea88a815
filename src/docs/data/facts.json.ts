// The seed figures against the baseline, as `shapan facts` prints them (compareFacts reads the
// likelihood's terms and the observations, which the pages do not load).
import {compareFacts, engine} from "../../index.js";

process.stdout.write(JSON.stringify(compareFacts(engine)));
