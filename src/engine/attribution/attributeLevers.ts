import type {ScenarioInput} from "../declarations.js";
import type {ResolvedScenario} from "../scenario/resolveScenario.js";
import {requireObject} from "../scenario/requireObject.js";
import {ScenarioError} from "../scenario/scenarioError.js";
import type {Engine} from "../simulate.js";
import {createSampleRunner} from "../uncertainty/createSampleRunner.js";
import type {PreparedScenario} from "../prepareScenario.js";

/** What `attributeLevers` compares. */
export interface AttributionOptions {
  /** The scenario whose change is explained: preset id, scenario object or resolved scenario. */
  scenario: ScenarioInput | ResolvedScenario | string;
  /** The reference whose levers count as "off" (default "baseline"). */
  baseline?: ScenarioInput | ResolvedScenario | string;
  /** Output whose annual aggregates are explained. */
  output: string;
}

/** One lever's share of the change, per year. */
export interface LeverContribution {
  lever: string;
  /** Effect of switching this lever on alone, from the baseline: f(base + i) - f(base). */
  alone: Float64Array;
  /** Effect of switching it on last, into the rest of the scenario: f(full) - f(full - i). */
  last: Float64Array;
  /** (alone + last) / 2: a two-point Shapley estimate (exact when the lever enters additively). */
  contribution: Float64Array;
  /** Output id of the lever's fiscal cost, or null for levers that cost nothing (e.g. regulation). */
  costOutput: string | null;
  /** Extra annual fiscal cost of the lever in the scenario over the baseline, bn RMB (0 when costless). */
  cost: Float64Array;
}

/** Attribution of a scenario's change in one output to its levers, per calendar year. */
export interface Attribution {
  output: string;
  /** Calendar years from the scenario's time.from to time.to. */
  years: Float64Array;
  /** The output's annual aggregates in the baseline and in the scenario. */
  baseline: Float64Array;
  scenario: Float64Array;
  /** scenario - baseline: contributions plus interaction, exactly. */
  total: Float64Array;
  /** The levers that differ between the two, in declaration order. */
  levers: LeverContribution[];
  /** total - sum of contributions: the part no single lever explains. */
  interaction: Float64Array;
}

/**
 * **Lever attribution** of a scenario against a baseline: which lever bought how much of the change
 * in an output. Each lever whose sampled schedule differs is switched on alone (from the baseline)
 * and off alone (from the full scenario); its contribution is the mean of the two effects, a
 * two-point approximation of its Shapley value, and the interaction remainder makes the parts add
 * up to the total exactly. Every run uses the scenario's parameters and time settings; only levers
 * are switched. Each lever's fiscal cost is the scenario's `fiscal_cost_<lever>_bn_rmb` minus the
 * baseline's (other levers can move it, e.g. vouchers cost more when demand is higher).
 * Cost: 2 + 2 · changed levers runs.
 *
 * @param engine the engine bound to its data
 * @param options scenario, baseline and output
 * @returns per-year totals, contributions, interaction and costs
 * @throws ScenarioError naming `options` (not an object), `output` (unknown) or the scenario's field
 * @example attributeLevers(engine, {scenario: "compute-push", output: "compute_gap_beijing_pflops"}).levers.map((l) => l.lever)
 * // => ["compute_subsidy", "public_compute", "domestic_accelerators"]
 */
export function attributeLevers(engine: Engine, options: AttributionOptions): Attribution {
  requireObject(options, "options");
  const {output} = options;
  if (!engine.structure.outputIndex.has(output)) throw new ScenarioError("output", `names unknown output "${output}"`);
  const scenario = engine.resolve(options.scenario);
  const full = engine.prepare(scenario);
  const reference = engine.prepare(engine.derive(options.baseline ?? "baseline", {time: scenario.time}));
  const changed = engine.data.levers.map((l) => l.id).filter((id) => !sameSeries(full.levers[id], reference.levers[id]));
  const base: PreparedScenario = {...full, levers: {...full.levers, ...Object.fromEntries(changed.map((id) => [id, reference.levers[id]]))}};
  const costOutputs = changed.map((id) => (engine.structure.outputIndex.has(`fiscal_cost_${id}_bn_rmb`) ? `fiscal_cost_${id}_bn_rmb` : null));
  const recorded = [output, ...costOutputs.filter((id): id is string => id !== null)];
  const run = (levers: PreparedScenario["levers"]) => {
    const runner = createSampleRunner({scenario: {...full, levers}, parameters: [], design: new Float64Array(0), outputs: recorded, annual: true, goals: []});
    const row = new Float64Array(runner.layout.columns);
    runner.run(undefined, row, 1, 0);
    const T = runner.layout.time.length;
    return {years: runner.layout.time, series: (i: number) => row.subarray(i * T, (i + 1) * T)};
  };
  const baseRun = run(base.levers);
  const fullRun = run(full.levers);
  const years = fullRun.years;
  const T = years.length;
  const f0 = baseRun.series(0);
  const f1 = fullRun.series(0);
  const total = Float64Array.from(f1, (v, i) => v - f0[i]);
  const interaction = Float64Array.from(total);
  let costColumn = 1;
  const levers = changed.map((id, m): LeverContribution => {
    const alone = run({...base.levers, [id]: full.levers[id]}).series(0);
    const without = run({...full.levers, [id]: base.levers[id]}).series(0);
    const contribution = new Float64Array(T);
    const aloneEffect = new Float64Array(T);
    const lastEffect = new Float64Array(T);
    for (let i = 0; i < T; i++) {
      aloneEffect[i] = alone[i] - f0[i];
      lastEffect[i] = f1[i] - without[i];
      contribution[i] = (aloneEffect[i] + lastEffect[i]) / 2;
      interaction[i] -= contribution[i];
    }
    const cost = new Float64Array(T);
    if (costOutputs[m] !== null) {
      const scenarioCost = fullRun.series(costColumn);
      const baselineCost = baseRun.series(costColumn);
      for (let i = 0; i < T; i++) cost[i] = scenarioCost[i] - baselineCost[i];
      costColumn++;
    }
    return {lever: id, alone: aloneEffect, last: lastEffect, contribution, costOutput: costOutputs[m], cost};
  });
  return {output, years, baseline: Float64Array.from(f0), scenario: Float64Array.from(f1), total, levers, interaction};
}

function sameSeries(a: Float64Array, b: Float64Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
