import {calibrate as fit} from "../../index.js";
import type {Command} from "../command.js";
import {asUsage, calibrateOptions, calibrationHelp, calibrationModel, calibrationOptions, diagnosticsText, evidence, observationTable, parameterTable} from "../calibrationFlags.js";
import {formatFrom} from "../shared.js";
import {table} from "../table.js";
import {UsageError} from "../usageError.js";

/** Written in the current directory unless --out says otherwise: never inside the installed package. */
const calibrationFile = "calibration.json";

export const calibrate: Command = {
  usage:
    "[--parameters A,B] [--skip-missing] [--seed S] [--walkers N] [--steps N] [--burn N] [--draws N] [--differential SHARE] [--step month|quarter|year] [--method euler|rk4] [--dry-run] [--out FILE] [--format table|json]",
  options: {
    ...calibrationOptions,
    "dry-run": {type: "boolean"},
    out: {type: "string", short: "o"},
    format: {type: "string", short: "f"}
  },
  help: {
    ...calibrationHelp,
    "dry-run": "fit and report, but write no file",
    out: `where to write the calibration, JSON (default ./${calibrationFile}; the repository's is data/${calibrationFile}; - for stdout)`,
    format: "report as table (default) or json, on stdout"
  },
  details: () =>
    `Bayesian calibration. log posterior = log prior (data/parameters.json's priors, truncated to their
bounds, and the nuisance parameters of data/likelihood.json) + log likelihood of every fitted term of
data/likelihood.json: lognormal with the figure's log-sd (a 90% range [lo, hi] gives ln(hi/lo)/3.29
around sqrt(lo*hi)), one-sided for lower bounds. Observations of 2025 on (use: holdout) and terms
marked fit: false are reported, never fitted. The posterior is sampled by the affine-invariant
ensemble sampler (Goodman & Weare 2010), with differential-evolution moves (ter Braak 2006) mixed in,
from the seed; runs stop at the last year a fitted term reads.
Parameters that move no fitted quantity are reported as inert (posterior = prior) and not sampled.

The file holds the point deterministic runs use (the posterior median of each parameter; see its
"reason"), the posterior sample (--draws rows), the diagnostics (acceptance, autocorrelation
time, effective sample size, split R-hat), the step check (halving the step moves no fitted
quantity by more than 1%; a quarter or year step must stay within 2% of the converged solution, or
is refused), and the report: prior and posterior of every parameter, posterior correlations
(|r| > 0.7 flagged), and every figure against the model's posterior median and 90% band.
\`shapan mc --calibrated\` draws from the sample.

Exit codes: 0 fitted (and written unless --dry-run), 2 invalid input (including a likelihood that
reads outputs the model lacks without --skip-missing, and an unconverged step).
`,
  async run(values, _positionals, io, open) {
    // --format is the report's on stdout; the file is always JSON.
    const format = formatFrom(values, ["table", "json"] as const, "table", "-");
    if (values["dry-run"] === true && values.out !== undefined) throw new UsageError("--dry-run writes no file, so --out cannot be used with it");
    const output = values["dry-run"] === true ? undefined : open((values.out as string | undefined) ?? calibrationFile, "json");
    const options = calibrateOptions(values, io, "shapan calibrate");
    const model = calibrationModel(values);
    const result = asUsage(() => fit(model, evidence(), options));
    const record = {
      description:
        "Written by `shapan calibrate`: the Bayesian calibration to data/likelihood.json. `parameters` (the posterior medians) replaces the declared defaults in every run; `sample` is the posterior `shapan mc --calibrated` draws from; `report` compares every parameter's prior and posterior and every figure with the model's posterior band. Regenerate with `shapan calibrate --out data/calibration.json` and the flags the README's section on calibration and backtest gives.",
      fitted: new Date().toISOString(),
      ...result
    };
    const {report} = result;
    const skipped = result.terms.skipped.length ? `skipped (outputs the model lacks): ${result.terms.skipped.map((s) => `${s.term} (${s.output})`).join(", ")}\n` : "";
    const strong = report.correlations.strong.length
      ? table(
          ["parameter", "parameter", "r"],
          report.correlations.strong.map((c) => [c.a, c.b, c.r.toFixed(2)])
        )
      : "no posterior correlation above 0.7\n";
    // With --out -, stdout holds the calibration file: the report then goes to stderr.
    (values.out === "-" ? io.stderr : io.stdout)(
      format === "json"
        ? JSON.stringify(record, null, 1) + "\n"
        : `${parameterTable(report.parameters)}\n${strong}\n${observationTable(report.observations)}\n${skipped}${diagnosticsText(result.diagnostics, result.integration)}`
    );
    if (!output) {
      io.stderr("shapan calibrate: dry run, nothing written\n");
      return;
    }
    await output.write(JSON.stringify(record, null, 1) + "\n");
  }
};
