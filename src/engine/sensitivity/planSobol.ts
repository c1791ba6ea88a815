import {saltelliSample} from "../analysis/saltelliSample.js";
import {createRandom} from "../random/createRandom.js";
import {latinHypercube} from "../random/latinHypercube.js";
import {priorQuantile} from "../random/prior.js";
import {requireObject} from "../scenario/requireObject.js";
import {ScenarioError} from "../scenario/scenarioError.js";
import type {Engine} from "../simulate.js";
import {planOutputYear, type OutputYearOptions, type OutputYearPlan} from "./planOutputYear.js";

/** The most base samples N a Sobol analysis may ask for. */
export const maximumSobolSamples = 65536;

/** A Sobol analysis: the output, year and base sample size, and the seed of the design. */
export interface SobolSensitivityOptions extends OutputYearOptions {
  /** Base sample size N, integer in [2, 65536]: (parameters + 2) · N runs. */
  samples: number;
  /** Seed of the design, integer in [0, 4294967295]. */
  seed: number;
}

/**
 * The Saltelli design of a Sobol analysis, in parameter space: matrices A and B are the two halves
 * of one Latin hypercube of N points in 2k dimensions (`createRandom(seed)`), each column mapped
 * through its prior's quantile function, then stacked with the k radial matrices (`saltelliSample`).
 * Run every row (e.g. with `runSamples` on worker threads) and pass the year's column to
 * `sobolIndices`.
 * Cost: O((k + 2) · N · k) memory, e.g. 8.7 MB for N = 256, k = 64.
 *
 * @param engine the engine bound to its data
 * @param options scenario, output, year, samples and seed
 * @returns the plan (design filled, (k + 2) · N rows), the parameters and the year's column
 * @throws ScenarioError naming samples or seed when out of range; see planOutputYear
 * @example planSobol(engine, {scenario: "baseline", output: "market_bn_rmb", year: 2030, samples: 64, seed: 1}).plan.design.length // 66 · 64 · 64
 */
export function planSobol(engine: Engine, options: SobolSensitivityOptions): OutputYearPlan {
  requireObject(options, "options");
  const {samples, seed} = options;
  if (!Number.isInteger(samples) || samples < 2 || samples > maximumSobolSamples) {
    throw new ScenarioError("samples", `must be an integer between 2 and ${maximumSobolSamples}, got ${samples}`);
  }
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) throw new ScenarioError("seed", `must be an integer between 0 and 4294967295, got ${seed}`);
  const template = planOutputYear(engine, options);
  const k = template.parameters.length;
  const cube = latinHypercube(samples, 2 * k, createRandom(seed));
  const a = new Float64Array(samples * k);
  const b = new Float64Array(samples * k);
  for (let i = 0; i < samples; i++) {
    for (let j = 0; j < k; j++) {
      const {prior} = template.parameters[j];
      a[i * k + j] = priorQuantile(prior, cube[i * 2 * k + j]);
      b[i * k + j] = priorQuantile(prior, cube[i * 2 * k + k + j]);
    }
  }
  return {...template, plan: {...template.plan, design: saltelliSample(a, b, k)}};
}
