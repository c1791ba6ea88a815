import {availableParallelism} from "node:os";
import {engine, formatNumber, maximumSobolSamples, maximumWorkers, planSobol, runSamples, sobolSensitivity, tornado} from "../../index.js";
import type {Command} from "../command.js";
import {integerFlag} from "../integerFlag.js";
import {progressBar} from "../progressBar.js";
import {checkOutput, formatFrom, scenarioFrom, scenarioHelp, scenarioOptions} from "../shared.js";
import {formatCell, table} from "../table.js";
import {UsageError} from "../usageError.js";

// --method picks the analysis here, so the integration method comes from the scenario file only.
const {method: _integration, ...scenarioFlags} = scenarioOptions;

export const sensitivity: Command = {
  usage: "--output ID --year Y [--method oat|sobol] [--samples N] [--seed S] [--workers K] [--scenario ID|FILE] [--format table|csv|json] [--out FILE]",
  options: {
    ...scenarioFlags,
    output: {type: "string"},
    year: {type: "string", short: "y"},
    method: {type: "string", short: "m"},
    samples: {type: "string", short: "n"},
    seed: {type: "string"},
    workers: {type: "string", short: "w"},
    format: {type: "string", short: "f"},
    out: {type: "string", short: "o"}
  },
  help: {
    ...scenarioHelp,
    method: "oat (default): each parameter alone at its prior's low and high bound; sobol: variance-based indices (the integration method comes from the scenario file here)",
    output: "output id (see `shapan outputs`); its annual aggregate is analysed",
    year: "calendar year within the scenario's years",
    samples: `Sobol base sample size N, 2 to ${maximumSobolSamples} (default 256): (parameters + 2) × N runs`,
    seed: "seed of the Sobol design and bootstrap, 0 to 4294967295 (default 1)",
    workers: `threads for Sobol runs, 1 to ${maximumWorkers} (default the available cores)`,
    format: "table (default), csv or json",
    out: "write to FILE (atomically; - for stdout) instead of stdout"
  },
  details: () =>
    `Parameters analysed: those with a prior (see \`shapan parameters\`), except any the scenario sets.

oat: columns parameter, low, high, value (the prior's bounds and the scenario's value), output_low,
output_high (the output with the parameter at each bound, all others at their values) and swing
(|output_high - output_low|), largest swing first. 2 runs per parameter. Local: it misses
interactions and nonlinearity across the range.

sobol: first-order index (share of the output's variance the parameter explains alone, Saltelli
2010 estimator) and total index (including its interactions, Jansen 1999), each with a 95%
bootstrap interval (200 resamples), largest total first. The design is a Latin hypercube of the
priors (A and B) with Saltelli's radial matrices; with N = 256 and 64 parameters that is 16,896
runs. A sum of first-order indices well below 1 means interactions matter. Small negative values
are sampling noise.
`,
  async run(values, _positionals, io, open) {
    const format = formatFrom(values, ["table", "csv", "json"] as const, "table");
    const method = (values.method as string | undefined) ?? "oat";
    if (method !== "oat" && method !== "sobol") throw new UsageError(`--method must be oat or sobol, got "${method}"`);
    const output = values.output as string | undefined;
    if (output === undefined) throw new UsageError("--output is required, e.g. --output market_bn_rmb");
    checkOutput("--output", output);
    if (values.year === undefined) throw new UsageError("--year is required, e.g. --year 2030");
    for (const flag of ["samples", "workers"]) if (method === "oat" && values[flag] !== undefined) throw new UsageError(`--${flag} applies to --method sobol only`);
    const destination = open(values.out as string | undefined, format);
    const scenario = engine.resolve(scenarioFrom({...values, method: undefined}));
    const year = integerFlag(values, "year", scenario.time.from, scenario.time.to, scenario.time.to);
    const samples = integerFlag(values, "samples", 2, maximumSobolSamples, 256);
    const seed = integerFlag(values, "seed", 0, 4294967295, 1);
    const workers = integerFlag(values, "workers", 1, maximumWorkers, availableParallelism());
    let header: string[];
    let rows: Array<Array<string | number>>;
    let json: object;
    if (method === "oat") {
      const result = tornado(engine, {scenario, output, year});
      header = ["parameter", "low", "high", "value", "output_low", "output_high", "swing"];
      rows = result.bars.map((b) => [b.parameter, b.low, b.high, b.value, b.outputLow, b.outputHigh, b.swing]);
      io.stderr(`shapan sensitivity: ${output} in ${year} is ${formatCell(result.base)} with every parameter at its value (${scenario.name})\n`);
      json = {method, scenario: scenario.name, ...result};
    } else {
      const sobol = planSobol(engine, {scenario, output, year, samples, seed});
      const bar = progressBar(io, "shapan sensitivity");
      const batch = await runSamples(sobol.plan, {workers, onProgress: (done, total) => bar.update(done, total)});
      bar.finish(`${workers} worker${workers === 1 ? "" : "s"}, N = ${samples}, ${sobol.parameters.length} parameters`);
      const result = sobolSensitivity(sobol, batch.values, seed);
      header = ["parameter", "first", "first_low", "first_high", "total", "total_low", "total_high"];
      rows = result.bars.map((b) => [b.parameter, b.first, b.firstLow, b.firstHigh, b.total, b.totalLow, b.totalHigh]);
      io.stderr(`shapan sensitivity: ${output} in ${year}: mean ${formatCell(result.mean)}, variance ${formatCell(result.variance)}, sum of first-order indices ${result.firstSum.toFixed(3)}\n`);
      json = {method, scenario: scenario.name, output, year, seed, runs: batch.layout.runs, ...result};
    }
    const text =
      format === "json"
        ? JSON.stringify(json) + "\n"
        : format === "csv"
          ? [header.join(","), ...rows.map((r) => r.map((c) => (typeof c === "number" ? formatNumber(c) : c)).join(","))].join("\n") + "\n"
          : table(header, rows);
    await destination.write(text);
  }
};
