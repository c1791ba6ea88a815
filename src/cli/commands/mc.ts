import {availableParallelism} from "node:os";
import {
  type MonteCarloResult,
  engine,
  maximumRuns,
  maximumColumns,
  maximumExactValues,
  maximumWorkers,
  monteCarloToCsv,
  monteCarloToJson,
  parseGoal,
  planMonteCarlo,
  quantileLabel,
  calibratedPlan,
  runMonteCarloPlan,
  sampleParametersOnThreads,
  ScenarioError,
  startWorkers
} from "../../index.js";
import {calibratedScenario} from "../calibratedScenario.js";
import {loadCalibration} from "../../node/loadCalibration.js";
import type {Command, Values} from "../command.js";
import {integerFlag} from "../integerFlag.js";
import {progressBar} from "../progressBar.js";
import {formatFrom, headline, outputOptions, outputsFrom, scenarioFrom, scenarioHelp, scenarioOptions} from "../shared.js";
import {table} from "../table.js";
import {UsageError} from "../usageError.js";

export const mc: Command = {
  usage:
    '[--scenario ID|FILE] --runs N --seed S [--workers K] [--quantiles 0.05,0.5,0.95] [--annual] [--outputs A,B] [--target "OUTPUT@YEAR OP VALUE"]... [--calibrated] [--format csv|json] [--out FILE]',
  options: {
    ...scenarioOptions,
    ...outputOptions,
    runs: {type: "string", short: "n"},
    seed: {type: "string"},
    workers: {type: "string", short: "w"},
    quantiles: {type: "string", short: "q"},
    annual: {type: "boolean", short: "a"},
    target: {type: "string", multiple: true, short: "t"},
    calibrated: {type: "boolean"},
    // Gone with the tolerance filter; declared so that a script using them gets a clear message.
    within: {type: "string"},
    keep: {type: "string"},
    weighting: {type: "string"}
  },
  help: {
    ...scenarioHelp,
    runs: `number of runs, 1 to ${maximumRuns} (default 1000)`,
    seed: "seed of the Latin hypercube, 0 to 4294967295 (default 1); same seed, same bits",
    workers: `threads running the runs, 1 to ${maximumWorkers}: this one plus K - 1 worker threads (default the available cores)`,
    quantiles: "comma-separated probabilities, increasing, in [0, 1] (default 0.05,0.25,0.5,0.75,0.95)",
    annual: "band annual aggregates (stocks at year end, flows summed, levels averaged) instead of every step",
    outputs: `comma-separated output ids (default ${headline.join(",")})`,
    target: "OUTPUT@YEAR OP VALUE or AGG(OUTPUT@FROM..TO) OP VALUE (AGG min|max|sum|mean, OP <=|>=|<|>); repeatable",
    calibrated: "draw the fitted parameters from the posterior sample in data/calibration.json (shapan calibrate), the rest from their priors, on the calibration's step and method",
    within: "removed: --calibrated draws from the posterior instead of filtering prior draws",
    keep: "removed: --calibrated draws from the posterior instead of filtering prior draws",
    weighting: "removed: --calibrated draws from the posterior instead of filtering prior draws",
    format: "csv (default, bands only) or json (bands, targets and, with --calibrated, how the draws fared)",
    out: "write to FILE (atomically; - for stdout) instead of stdout"
  },
  details: () =>
    `Every parameter with a prior (see \`shapan parameters\`) is drawn by Latin hypercube from the seed,
except those the scenario sets; each draw is one run of the scenario. With --calibrated, the
parameters data/calibration.json fitted are drawn jointly from its posterior sample (rows resampled
by the seed) and the others from their priors; the runs use the calibration's step and method
unless --step or --method says otherwise, and another step or method is refused when it moves a
fitted quantity by more than 2% at the calibrated point. The whole design is drawn before any
run, so the result is bit-identical for the same seed whatever --workers is.

CSV (long format), one row per output and time point:
  time|year,output,deterministic,q05,q25,q50,q75,q95
where deterministic is the scenario run with its own parameter values and qNN the NN% quantile
over the runs (linear interpolation between order statistics, R type 7). Without --annual the
time column holds every save point of the scenario's step (monthly by default), decimal years.

Each --target's probability (share of runs meeting it) is reported on stderr, and in the JSON
under "goals" with the deterministic value and the quantiles of the target's value. Years read
annual aggregates.

Memory: the design, runs × parameters × 4 bytes (a million runs of 100 parameters: 400 MB), and
the values, runs × outputs × time points × 8 bytes (1000 runs, 7 outputs, monthly: 9 MB), kept
while they take at most ${(maximumExactValues * 8) / 2 ** 20} MiB. A larger batch (a million annual runs, or over 30,000 monthly
runs of the headline outputs) is banded from a quantile sketch per output and time point, about
34 KB each per worker whatever the runs, and the JSON says "method": "sketch". Each quantile is
then within 0.8% of its distance from a centre taken from the first block of runs (their median,
or their minimum or maximum for an output piled against a bound), or 1/4,000,000 of the largest
such distance when it lies close to it. Measured against exact quantiles of the same runs (a
million annual, 90,000 monthly): the median error is 2% of the quantile's sampling error, 99% of
errors are within 15% of it, the largest 28%. The extremes, values at a bound and target
probabilities stay exact. At most ${maximumColumns.toLocaleString("en")} recorded values per run. Progress goes to stderr
(a bar on a terminal, one summary line otherwise).

Example:
  shapan mc --scenario compute-push --runs 10000 --seed 7 --annual \\
    --target "compute_gap_beijing_pflops@2027 <= 0" --target "market_bn_rmb@2030 >= 100"
`,
  async run(values, _positionals, io, open) {
    const format = formatFrom(values, ["csv", "json"] as const, "csv");
    const runs = integerFlag(values, "runs", 1, maximumRuns, 1000);
    const seed = integerFlag(values, "seed", 0, 4294967295, 1);
    const workers = integerFlag(values, "workers", 1, maximumWorkers, availableParallelism());
    const quantiles = quantilesFrom(values.quantiles as string | undefined);
    const outputs = outputsFrom(values, headline)!;
    const output = open(values.out as string | undefined, format);
    refuseFilterFlags(values);
    const calibration = values.calibrated === true ? loadCalibration() : undefined;
    if (values.calibrated === true && !calibration) throw new UsageError("--calibrated needs data/calibration.json: run `shapan calibrate --out data/calibration.json` first");
    const scenario = calibration ? calibratedScenario(values, calibration, io) : engine.resolve(scenarioFrom(values));
    const known = engine.outputs.map((o) => o.id);
    const goals = ((values.target as string[] | undefined) ?? []).map((text) => parseGoal(text, {outputs: known, years: [scenario.time.from, scenario.time.to], field: "--target"}));
    const bar = progressBar(io, "shapan mc");
    const options = {scenario, runs, seed, quantiles, outputs, annual: values.annual === true, goals};
    const pool = {workers, onProgress: (done: number, total: number) => bar.update(done, total)};
    // Every flag is valid: boot the worker threads while this one plans the batch.
    startWorkers(workers);
    let plan: ReturnType<typeof planMonteCarlo>;
    try {
      plan = calibration ? calibratedPlan(engine, options, calibration.sample) : planMonteCarlo(engine, options, sampleParametersOnThreads(workers));
    } catch (error) {
      // Every flag was checked above; what is left is the batch's shape (too many values per run).
      throw error instanceof ScenarioError && error.field === "outputs" ? new UsageError(`--outputs: ${error.message}`) : error;
    }
    const result: MonteCarloResult = await runMonteCarloPlan(plan, pool);
    const calibrated = calibration && {
      source: "data/calibration.json",
      fitted: calibration.fitted,
      posterior: calibration.sample.parameters.filter((id) => !calibration.sample.nuisance.includes(id)),
      draws: calibration.sample.draws.length
    };
    if (calibrated)
      io.stderr(
        `shapan mc: calibrated: ${calibrated.posterior.length} parameters drawn from the posterior sample (${calibrated.draws} draws, fitted ${calibrated.fitted.slice(0, 10)}), the rest from their priors\n`
      );
    const sketched = result.method === "sketch" ? ", bands from quantile sketches" : "";
    bar.finish(`${workers} worker${workers === 1 ? "" : "s"}, seed ${seed}, ${result.parameters.length} parameters sampled${sketched}`);
    if (result.goals.length > 0) {
      const header = ["target", "probability", "deterministic", ...result.quantiles.map(quantileLabel)];
      io.stderr(
        table(
          header,
          result.goals.map((g) => [g.goal.text, g.probability, g.deterministic.value, ...Array.from(g.quantiles)])
        )
      );
    }
    const text = format === "csv" ? monteCarloToCsv(result) : JSON.stringify({...monteCarloToJson(result), ...(calibrated && {calibration: calibrated})}) + "\n";
    await output.write(text);
  }
};

/** --within, --keep and --weighting tuned the tolerance filter --calibrated no longer uses. */
function refuseFilterFlags(values: Values): void {
  for (const flag of ["within", "keep", "weighting"]) {
    if (values[flag] !== undefined) {
      throw new UsageError(
        `--${flag} is no longer an option: --calibrated now draws from the posterior sample of data/calibration.json (written by \`shapan calibrate\`) instead of filtering prior draws by tolerance`
      );
    }
  }
}

function quantilesFrom(text: string | undefined): number[] | undefined {
  if (text === undefined) return undefined;
  const parts = text.split(",").map((s) => s.trim());
  const probabilities = parts.map((s) => (s === "" ? NaN : Number(s)));
  probabilities.forEach((p, i) => {
    if (!(p >= 0 && p <= 1)) throw new UsageError(`--quantiles must be comma-separated numbers between 0 and 1, got "${parts[i]}"`);
    if (i > 0 && !(p > probabilities[i - 1])) throw new UsageError(`--quantiles must be strictly increasing, got ${probabilities[i - 1]} then ${p}`);
  });
  return probabilities;
}
