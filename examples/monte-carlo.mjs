// Copy this file anywhere `shapan` is installed (or run it in the repo after `npm ci`):
//   node examples/monte-carlo.mjs
// It draws 1,000 sets of the uncertain parameters from their priors (Latin hypercube, seeded), runs
// the compute-push scenario with each on worker threads, and prints the 5-95% band of the market
// and the chance that it reaches 100 bn RMB in 2030.
import {engine, parseGoal, runMonteCarlo} from "shapan";

const goal = parseGoal("market_bn_rmb@2030 >= 100");
const result = await runMonteCarlo(engine, {scenario: "compute-push", runs: 1000, seed: 7, annual: true, outputs: ["market_bn_rmb"], quantiles: [0.05, 0.5, 0.95], goals: [goal]});

const band = result.bands.market_bn_rmb;
console.log(`${result.runs} runs of ${result.scenario}, ${result.parameters.length} uncertain parameters`);
console.log("year   5%     median   95%    (market, bn RMB)");
result.time.forEach((year, i) => {
  const [low, median, high] = band.quantiles.map((q) => q[i].toFixed(1).padStart(7));
  console.log(`${year} ${low} ${median} ${high}`);
});
console.log(`P(${goal.text}) = ${result.goals[0].probability.toFixed(2)}`);
