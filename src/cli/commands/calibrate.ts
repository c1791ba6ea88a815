import {calibrate as fit, data, defaultCalibrationParameters, engine, parseTargets, ScenarioError, type CalibrationReport} from "../../index.js";
import {didYouMean} from "../../engine/scenario/didYouMean.js";
import {readJsonFile} from "../../node/readJsonFile.js";
import type {Command} from "../command.js";
import {formatFrom, refuseRepeats} from "../shared.js";
import {table} from "../table.js";
import {UsageError} from "../usageError.js";

/** Written in the current directory unless --out says otherwise: never inside the installed package. */
const calibrationFile = "calibration.json";

export const calibrate: Command = {
  usage: "[--targets FILE] [--parameters A,B] [--restarts N] [--seed S] [--dry-run] [--out FILE] [--format table|json]",
  options: {
    targets: {type: "string"},
    parameters: {type: "string"},
    restarts: {type: "string"},
    seed: {type: "string"},
    "dry-run": {type: "boolean"},
    out: {type: "string", short: "o"},
    format: {type: "string", short: "f"}
  },
  help: {
    targets: "targets JSON file, shaped like data/targets.json (default: data/targets.json)",
    parameters: "comma-separated parameter ids to fit (default: those calibrated in a subsystem a target measures)",
    restarts: "random starting points besides the declared defaults, integer >= 0 (default 4)",
    seed: "seed of the random starting points, integer 0 to 4294967295 (default 1)",
    "dry-run": "fit and report, but write no file",
    out: `where to write the calibration, JSON (default ./${calibrationFile}; the repository's is data/${calibrationFile}; - for stdout)`,
    format: "report as table (default) or json, on stdout"
  },
  details: () =>
    `Loss: Σ weight · (residual / tolerance)² over the targets ("at-least" targets count only a shortfall),
plus 0.1 × the squared distance from the declared defaults in the normalised search box (it breaks
ties between parameter sets that fit equally well). Nelder–Mead runs in the box spanned by each
parameter's prior [min, max] (its declared range if it has no prior), first from the declared
defaults, so the fit is never worse than the hand fit. Statistics: RMSE and MAPE of the relative
residuals (shortfalls only, for lower bounds) and the weighted loss.

Default parameters: ${defaultCalibrationParameters(data.parameters, engine.outputs, data.targets).join(", ")}.
Exit codes: 0 fitted (and written unless --dry-run), 2 invalid input.
`,
  async run(values, _positionals, io, open) {
    // --format is the report's on stdout; the file is always JSON.
    const format = formatFrom(values, ["table", "json"] as const, "table", undefined);
    if (values["dry-run"] === true && values.out !== undefined) throw new UsageError("--dry-run writes no file, so --out cannot be used with it");
    const output = values["dry-run"] === true ? undefined : open((values.out as string | undefined) ?? calibrationFile, "json");
    const targets = values.targets === undefined ? data.targets : readTargets(values.targets as string);
    const parameters = values.parameters === undefined ? undefined : parameterList(values.parameters as string);
    const restarts = integerFlag(values.restarts, "--restarts", 0, 1000, 4);
    const seed = integerFlag(values.seed, "--seed", 0, 4294967295, 1);
    const result = fit(data, {
      targets,
      parameters,
      restarts,
      seed,
      onProgress: (start, starts, loss) => {
        if (io.interactive) io.stderr(`\rshapan calibrate: start ${start + 1}/${starts}, best loss ${loss.toPrecision(4)}   ${start + 1 === starts ? "\n" : ""}`);
      }
    });
    const fitted = new Date().toISOString();
    const record = {
      description:
        "Parameter values fitted by `shapan calibrate` to data/targets.json; they replace the declared defaults in every run. Regenerate with `shapan calibrate --out data/calibration.json`; a test checks that the baseline still reproduces `report`.",
      fitted,
      method: {
        optimizer: "Nelder-Mead in the normalised prior box, restarts from seeded random points",
        restarts,
        seed,
        priorWeight: result.priorWeight,
        scenario: "baseline",
        targets: values.targets ?? "data/targets.json",
        evaluations: result.evaluations
      },
      parameters: result.parameters,
      declared: result.declared,
      bounds: result.bounds,
      before: result.before.statistics,
      report: result.after
    };
    const moved = Object.keys(result.parameters).map((id) => {
      const [lower, upper] = result.bounds[id];
      return [id, result.declared[id], result.parameters[id], `${(((result.parameters[id] - result.declared[id]) / (upper - lower)) * 100).toFixed(2)}%`];
    });
    // With --out -, stdout holds the calibration file: the report then goes to stderr.
    (values.out === "-" ? io.stderr : io.stdout)(
      format === "json"
        ? JSON.stringify(record, null, 1) + "\n"
        : `${reportTable(result.after)}\n${statisticsTable(result.before, result.after)}\n${table(["parameter", "declared", "fitted", "moved (of box)"], moved)}`
    );
    if (!output) {
      io.stderr("shapan calibrate: dry run, nothing written\n");
      return;
    }
    await output.write(JSON.stringify(record, null, 1) + "\n");
  }
};

function reportTable(report: CalibrationReport): string {
  return table(
    ["target", "output", "figure", "model", "residual", "tolerance", "ok", "loss"],
    report.rows.map((r) => [
      r.target.fact,
      r.target.output,
      r.figure,
      r.model,
      `${(r.residual * 100).toFixed(2)}%`,
      r.target.comparison === "at-least" ? "at least" : `±${r.target.tolerance * 100}%`,
      r.ok ? "yes" : "NO",
      small(r.loss)
    ])
  );
}

function statisticsTable(before: CalibrationReport, after: CalibrationReport): string {
  const row = (name: string, report: CalibrationReport) => {
    const s = report.statistics;
    return [name, `${s.within}/${s.targets}`, `${(s.rmse * 100).toFixed(3)}%`, `${(s.mape * 100).toFixed(3)}%`, small(s.loss)];
  };
  return table(["fit", "within tolerance", "RMSE", "MAPE", "weighted loss"], [row("declared defaults", before), row("calibrated", after)]);
}

/** Losses span many decades once fitted: exponents below 0.001, three digits above. */
function small(x: number): string {
  return x === 0 ? "0" : Math.abs(x) < 1e-3 ? x.toExponential(2) : x.toPrecision(3);
}

function readTargets(path: string) {
  const targets = parseTargets(readJsonFile(path, "--targets"), `--targets ${path}`);
  const facts = new Set(data.facts.map((f) => f.id));
  const outputs = new Set(engine.outputs.map((o) => o.id));
  targets.forEach((t, i) => {
    if (!facts.has(t.fact)) throw new ScenarioError(`--targets ${path}: targets[${i}].fact`, `names no seed figure "${t.fact}"; figures are ${[...facts].join(", ")}`);
    if (!outputs.has(t.output)) throw new ScenarioError(`--targets ${path}: targets[${i}].output`, `names no output "${t.output}"; run \`shapan outputs\` for the list`);
  });
  return targets;
}

function parameterList(text: string): string[] {
  const ids = text
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  if (ids.length === 0) throw new UsageError("--parameters must name at least one parameter");
  const known = new Set(data.parameters.map((p) => p.id));
  for (const id of ids) if (!known.has(id)) throw new UsageError(`--parameters names unknown parameter "${id}"; ${didYouMean(id, known)}run \`shapan parameters\` for the list`);
  refuseRepeats("--parameters", ids);
  return ids;
}

function integerFlag(value: unknown, flag: string, min: number, max: number, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max) throw new UsageError(`${flag} must be an integer from ${min} to ${max}, got "${value}"`);
  return n;
}
