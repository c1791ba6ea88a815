// A Monte Carlo worker thread, started by runSamples.ts: claims chunks of design rows from the
// shared counter, runs them into the shared values, and reports each chunk. Imports only the
// runner (the model and the integrators), so it starts in milliseconds.
import {parentPort, workerData} from "node:worker_threads";
import {createSampleRunner} from "../engine/uncertainty/createSampleRunner.js";
import type {WorkerInput, WorkerReply} from "./runSamples.js";

const {plan, values, control, chunk} = workerData as WorkerInput;
const reply = (message: WorkerReply) => parentPort!.postMessage(message);

try {
  const runner = createSampleRunner(plan);
  const {runs} = runner.layout;
  for (;;) {
    const from = Atomics.add(control, 0, chunk);
    if (from >= runs) break;
    const to = Math.min(runs, from + chunk);
    for (let r = from; r < to; r++) runner.runRow(r, values);
    Atomics.add(control, 1, to - from);
    reply({done: to - from});
  }
} catch (error) {
  reply({error: (error as Error).message});
}
