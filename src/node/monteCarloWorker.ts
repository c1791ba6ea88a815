// A Monte Carlo worker thread, kept in runSamples.ts's pool. Sent part of a design, it draws it
// into the shared design and counts itself done. Sent a batch, it claims chunks of design rows
// from the shared counter and runs them, into the shared values (a kept batch) or into its own
// quantile sketch (a sketched batch), reports each chunk, then reports the batch finished
// (posting its sketch) and waits for the next. Imports only the runners and the sampler (the
// model, the integrators, the priors), so it starts in milliseconds; kept alive, it stays warm.
import {parentPort} from "node:worker_threads";
import {createSampleRunner} from "../engine/uncertainty/createSampleRunner.js";
import {createSketchRunner} from "../engine/uncertainty/createSketchRunner.js";
import {sampleParameters} from "../engine/uncertainty/sampleParameters.js";
import type {DesignTask, WorkerInput, WorkerReply} from "./runSamples.js";

const reply = (message: WorkerReply, transfer: ArrayBuffer[] = []) => parentPort!.postMessage(message, transfer);

parentPort!.on("message", (message: WorkerInput | {design: DesignTask}) => {
  if ("design" in message) {
    const {parameters, runs, seed, part, done, slot} = message.design;
    try {
      sampleParameters(parameters, runs, seed, part);
      Atomics.store(done, slot, 1);
    } catch {
      Atomics.store(done, slot, 2); // the calling thread draws the part itself
    }
    Atomics.add(done, 0, 1);
    Atomics.notify(done, 0);
    return;
  }
  const {plan, values, sketch, control, chunk} = message;
  try {
    const runner = createSampleRunner(plan);
    const {runs} = runner.layout;
    const rows = sketch && createSketchRunner(plan, runner, sketch.goals, sketch.centres);
    for (;;) {
      const from = Atomics.add(control, 0, chunk);
      if (from >= runs) break;
      const to = Math.min(runs, from + chunk);
      if (rows) rows.runRows(from, to);
      else for (let r = from; r < to; r++) runner.runRow(r, values!);
      Atomics.add(control, 1, to - from);
      reply({done: to - from});
    }
    if (!rows) reply({finished: true});
    else {
      const state = rows.sketch.state();
      reply(
        {finished: true, sketch: state},
        [state.top, state.counts, state.special, state.range, state.extremes].map((a) => a.buffer as ArrayBuffer)
      );
    }
  } catch (error) {
    reply({error: (error as Error).message});
  }
});
