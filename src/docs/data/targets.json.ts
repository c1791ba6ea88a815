// The probability of meeting each policy target (data/policy-targets.json) under the posterior:
// a calibrated Monte Carlo of the baseline, as `shapan mc --calibrated --target ...` runs it.
import {engine, loadCalibration, loadPolicyTargets, runCalibratedMonteCarlo} from "../../index.js";

const runs = 2000;
const seed = 1;
const targets = loadPolicyTargets(engine);
const calibration = loadCalibration();
if (!calibration) throw new Error("data/calibration.json is missing: run `shapan calibrate --out data/calibration.json`");
const outputs = [...new Set(targets.map((t) => t.goal.output))];
const result = await runCalibratedMonteCarlo(engine, {scenario: "baseline", runs, seed, annual: true, outputs, goals: targets.map((t) => t.goal)}, calibration.sample, {workers: 2});
process.stdout.write(
  JSON.stringify({
    runs,
    seed,
    quantiles: Array.from(result.quantiles),
    targets: targets.map((target, i) => {
      const g = result.goals[i];
      return {...target, goal: target.goal.text, output: target.goal.output, probability: g.probability, deterministic: g.deterministic.value, values: Array.from(g.quantiles)};
    })
  })
);
