// A Monte Carlo worker thread, kept in runSamples.ts's pool: for each batch it is sent, claims
// chunks of design rows from the shared counter, runs them into the shared values, reports each
// chunk, then reports the batch finished and waits for the next. Imports only the runner (the
// model and the integrators), so it starts in milliseconds; kept alive, it stays warm.
import {parentPort} from "node:worker_threads";
import {createSampleRunner} from "../engine/uncertainty/createSampleRunner.js";
import type {WorkerInput, WorkerReply} from "./runSamples.js";

const reply = (message: WorkerReply) => parentPort!.postMessage(message);

parentPort!.on("message", ({plan, values, control, chunk}: WorkerInput) => {
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
    reply({finished: true});
  } catch (error) {
    reply({error: (error as Error).message});
  }
});
