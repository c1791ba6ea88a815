// Goal seek's cost per evaluation against a bare run to the same horizon. `npm run bench` calls
// benchGoalSeek; `node bench/goalSeek.mjs` runs it alone.
import {pathToFileURL} from "node:url";
import {quantile} from "simple-statistics";
import {engine, goalSeek, parseGoal} from "../lib/index.js";

/**
 * Seeks the cheapest mix of the first three levers meeting a headline goal (fiscal cost as the
 * objective, to 2026), three times, and times a bare run of the baseline to 2026 the same way.
 *
 * @returns {{evaluations: number, microsecondsPerEvaluation: number, bareMicroseconds: number}}
 * @example benchGoalSeek().microsecondsPerEvaluation / benchGoalSeek().bareMicroseconds // about 2
 */
export function benchGoalSeek() {
  const options = {goals: [parseGoal("compute_gap_beijing_pflops@2026 <= 0")], levers: engine.data.levers.slice(0, 3).map((l) => l.id), objective: "fiscal_cost_bn_rmb"};
  goalSeek(engine, options); // warm up
  const perEvaluation = [];
  let evaluations = 0;
  for (let i = 0; i < 3; i++) {
    const started = performance.now();
    const result = goalSeek(engine, options);
    perEvaluation.push(((performance.now() - started) * 1000) / result.evaluations);
    evaluations = result.evaluations;
  }
  const compiled = engine.compile(engine.derive("baseline", {time: {from: 2023, to: 2026}}));
  const into = new Float64Array(compiled.size);
  for (let i = 0; i < 3000; i++) compiled.runInto(into);
  const bare = [];
  for (let b = 0; b < 21; b++) {
    const started = performance.now();
    for (let i = 0; i < 200; i++) compiled.runInto(into);
    bare.push(((performance.now() - started) * 1000) / 200);
  }
  return {evaluations, microsecondsPerEvaluation: quantile(perEvaluation, 0.5), bareMicroseconds: quantile(bare, 0.5)};
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const r = benchGoalSeek();
  console.log(
    `goal seek: ${r.evaluations} evaluations, ${r.microsecondsPerEvaluation.toFixed(1)} us each, ${(r.microsecondsPerEvaluation / r.bareMicroseconds).toFixed(2)}x a bare run to 2026 (${r.bareMicroseconds.toFixed(1)} us)`
  );
}
