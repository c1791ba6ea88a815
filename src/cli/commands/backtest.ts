import {backtest as run} from "../../index.js";
import type {Command} from "../command.js";
import {asUsage, calibrateOptions, calibrationHelp, calibrationModel, calibrationOptions, diagnosticsText, evidence, observationTable} from "../calibrationFlags.js";
import {formatFrom} from "../shared.js";
import {UsageError} from "../usageError.js";

export const backtest: Command = {
  usage:
    "[--cutoff YYYY-MM-DD] [--skip-missing] [--seed S] [--walkers N] [--steps N] [--burn N] [--draws N] [--differential SHARE] [--step month|quarter|year] [--method euler|rk4] [--format table|json] [--out FILE]",
  options: {
    ...calibrationOptions,
    cutoff: {type: "string"},
    format: {type: "string", short: "f"},
    out: {type: "string", short: "o"}
  },
  help: {
    ...calibrationHelp,
    cutoff: "the last publication date the fit may use (default 2023-12-31)",
    format: "table (default) or json (the scores, the scored figures, the fit's diagnostics and parameters)",
    out: "write to FILE (atomically; - for stdout) instead of stdout; the repository's is data/backtest.json"
  },
  details: () =>
    `Fits the model as \`shapan calibrate\` does, but only on what was known at the cutoff: terms of
data/likelihood.json whose figures were published by then and describe its year or earlier, plus
the seed figures (a survey's expectation is known when published, whatever span it describes).
Then it projects the years after the cutoff and scores the projection against every figure of
2024-2025 that the likelihood maps (fit or holdout terms; terms marked fit: false restate others):

  coverage        share of figures inside the 90% band of what would be observed (the model's
                  posterior band widened by each figure's measurement error);
  model coverage  the same against the model's band alone;
  median |log error|  of the model's posterior median against each figure (for a lower bound, a
                  shortfall only): 0.1 is about 10%.

Exit codes: 0 scored, 2 invalid input.
`,
  async run(values, _positionals, io, open) {
    const format = formatFrom(values, ["table", "json"] as const, "table");
    const output = open(values.out as string | undefined, format);
    const cutoff = (values.cutoff as string | undefined) ?? "2023-12-31";
    if (!/^\d{4}-\d{2}-\d{2}$/.test(cutoff) || Number.isNaN(Date.parse(cutoff))) throw new UsageError(`--cutoff must be a date YYYY-MM-DD, got "${cutoff}"`);
    const options = calibrateOptions(values, io, "shapan backtest");
    const model = calibrationModel(values);
    const year = Number(cutoff.slice(0, 4));
    const result = asUsage(() => run(model, evidence(), {...options, cutoff, years: [year + 1, year + 2]}));
    const {fit, score} = result;
    const record = {
      description:
        "Written by `shapan backtest`: the model fitted on what was known at the cutoff, its projection scored against the later figures. Regenerate with `shapan backtest --format json --out data/backtest.json` and the flags the README's section on calibration and backtest gives.",
      cutoff: result.cutoff,
      years: result.years,
      score,
      scored: result.scored,
      fit: {
        method: fit.method,
        terms: fit.terms,
        diagnostics: fit.diagnostics,
        integration: fit.integration,
        parameters: fit.report.parameters,
        observations: fit.report.observations.filter((o) => o.role === "fit")
      }
    };
    if (format === "json") {
      await output.write(JSON.stringify(record, null, 1) + "\n");
      return;
    }
    const scores = `backtest: fitted on ${fit.terms.fitted.length} terms known by ${cutoff} (${fit.terms.fitted.join(", ")}); scored on ${score.count} figures of ${result.years[0]}-${result.years[1]}
coverage of the 90% band: ${(score.coverage * 100).toFixed(0)}% (model band alone: ${(score.modelCoverage * 100).toFixed(0)}%); median |log error| of the median: ${score.medianAbsLogError.toFixed(2)}
`;
    await output.write(`${observationTable(result.scored)}\n${scores}${diagnosticsText(fit.diagnostics, fit.integration)}`);
  }
};
