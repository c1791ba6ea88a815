import {engine, goalSeek, lastYear, loadScenario, parseGoal, ScenarioError, unitLabel, type GoalOutcome} from "../../index.js";
import type {Command} from "../command.js";
import {didYouMean} from "../../engine/scenario/didYouMean.js";
import {checkOutput, refuseRepeats} from "../shared.js";
import {table} from "../table.js";
import {UsageError} from "../usageError.js";

export const optimize: Command = {
  usage: '--goal "OUTPUT@YEAR <= VALUE" [--goal ...] --levers A,B [--minimize OUTPUT] [--budget X] [--start YEAR] [--horizon YEAR] [--scenario ID|FILE] [--seed S] [--out FILE]',
  options: {
    goal: {type: "string", multiple: true, short: "g"},
    levers: {type: "string", short: "l"},
    minimize: {type: "string"},
    budget: {type: "string"},
    start: {type: "string"},
    horizon: {type: "string"},
    scenario: {type: "string", short: "s"},
    seed: {type: "string"},
    out: {type: "string", short: "o"}
  },
  help: {
    goal: "OUTPUT@YEAR OP VALUE or AGG(OUTPUT@FROM..TO) OP VALUE (AGG min|max|sum|mean, OP <=|>=|<|>); repeatable, all must hold",
    levers: "comma-separated lever ids to choose, each within its range (see `shapan levers`)",
    minimize: "output whose annual values are summed from 2023 to the horizon (default fiscal_cost_bn_rmb)",
    budget: "upper bound on that sum, in the output's unit (bn RMB for fiscal cost)",
    start: "first year of the chosen values; before it the levers keep the scenario's values (default 2023: constant throughout)",
    horizon: "last year of the sum (default the last year a goal reads)",
    scenario: "preset id or scenario JSON file the levers are chosen in (default baseline)",
    seed: "seed of the optimiser's random starting points, integer 0 to 4294967295 (default 1)",
    out: "write the answer scenario to FILE (atomically; - for stdout) instead of stdout"
  },
  details: () =>
    `The chosen levers are held constant from --start (2023 by default); before it, and for every
other lever, the scenario's values hold. The answer is a scenario (extending --scenario) that
\`shapan run --scenario FILE\` and the site accept; its description records the cost and each
goal's value. The report goes to stderr.

Example:
  shapan optimize --goal "compute_gap_beijing_pflops@2026 <= 0" \\
    --levers compute_subsidy,public_compute,domestic_accelerators --minimize fiscal_cost_bn_rmb --out mix.json

Exit codes: 0 when the search ran, whether or not a mix meets the goals: when none does, the
report's first line says "no lever mix meets the goals" and how close the best mix came, and the
scenario's description says so too; 2 invalid input (the message names the flag and what is
allowed); 1 internal error.
`,
  async run(values, _positionals, io, open) {
    const goalTexts = (values.goal as string[] | undefined) ?? [];
    if (goalTexts.length === 0) throw new UsageError('--goal is required, e.g. --goal "compute_gap_beijing_pflops@2026 <= 0"');
    const goals = goalTexts.map((text) => parseGoal(text, {outputs: engine.outputs.map((o) => o.id), years: [2023, lastYear], field: "--goal"}));
    const leverIds = leverList(values.levers as string | undefined);
    const objective = (values.minimize as string | undefined) ?? "fiscal_cost_bn_rmb";
    checkOutput("--minimize", objective);
    const budget = numberFlag(values.budget, "--budget");
    const horizon = values.horizon === undefined ? undefined : numberFlag(values.horizon, "--horizon");
    if (horizon !== undefined && !Number.isInteger(horizon)) throw new UsageError(`--horizon must be a whole year, got "${values.horizon}"`);
    const start = numberFlag(values.start, "--start");
    if (start !== undefined && !Number.isInteger(start)) throw new UsageError(`--start must be a whole year, got "${values.start}"`);
    const seed = numberFlag(values.seed, "--seed");
    if (seed !== undefined && !(Number.isInteger(seed) && seed >= 0 && seed <= 4294967295)) throw new UsageError(`--seed must be an integer from 0 to 4294967295, got "${values.seed}"`);
    const output = open(values.out as string | undefined, "json");
    const scenario = loadScenario((values.scenario as string | undefined) ?? "baseline");
    const result = withFlagNames(() => goalSeek(engine, {goals, levers: leverIds, objective, budget, scenario, horizonEnd: horizon, startYear: start, seed}));

    const unit = unitLabel(engine.outputs.find((o) => o.id === objective)!.unit).replace(/\/yr$/, "");
    const [from, to] = result.horizon;
    const lines: string[] = [];
    if (result.feasible) {
      lines.push(
        `Goals met. Cheapest mix${result.startYear > from ? ` from ${result.startYear}` : ""} found: ${objective} summed ${from}-${to} = ${readable(result.cost)} ${unit} (as given: ${readable(result.start.cost)}).`
      );
    } else {
      lines.push(
        `No lever mix meets the goals; best came within ${closest(result.goals)}${result.budget && !result.budget.met ? `; it costs ${readable(result.cost)} against a budget of ${result.budget.limit}` : ""}.`
      );
    }
    lines.push(
      "",
      table(
        ["lever", "value", "range", "as given"],
        leverIds.map((id) => {
          const spec = engine.data.levers.find((l) => l.id === id)!;
          const given = engine.resolve(scenario).levers[id];
          return [id, result.levers[id], `${spec.min} to ${spec.max}`, typeof given === "number" ? given : JSON.stringify(given)];
        })
      )
    );
    lines.push(
      table(
        ["goal", "achieved", "as given", "met"],
        result.goals.map((g, j) => [g.goal.text, g.value, result.start.goals[j].value, g.met ? "yes" : "NO"])
      )
    );
    if (result.budget) lines.push(`Budget: ${readable(result.cost)} of ${result.budget.limit} ${unit} (${result.budget.met ? "within" : "OVER"}).\n`);
    lines.push(`${result.evaluations} model runs.\n`);
    io.stderr(lines.join("\n"));
    await output.write(JSON.stringify(result.scenario, null, 2) + "\n");
  }
};

/** The engine names its options (startYear, horizon); the user typed flags, so messages name those. */
const flagOf: Record<string, string> = {goals: "--goal", levers: "--levers", objective: "--minimize", budget: "--budget", horizon: "--horizon", startYear: "--start"};

function withFlagNames<T>(search: () => T): T {
  try {
    return search();
  } catch (error) {
    if (error instanceof ScenarioError && flagOf[error.field]) throw new UsageError(flagOf[error.field] + error.message.slice(error.field.length));
    throw error;
  }
}

function closest(goals: GoalOutcome[]): string {
  const unmet = goals.filter((g) => !g.met);
  if (unmet.length === 0) return "every goal (only the budget fails)";
  return unmet
    .map((g) => {
      const unit = unitLabel(engine.outputs.find((o) => o.id === g.goal.output)!.unit).replace(/\/yr$/, "");
      return `${readable(Math.abs(g.slack))} ${unit} of "${g.goal.text}" (achieved ${readable(g.value)})`;
    })
    .join(" and ");
}

/** Four significant digits without exponents for everyday magnitudes: 10947, 0.01234. */
function readable(x: number): string {
  return Math.abs(x) >= 1e-3 && Math.abs(x) < 1e9 ? String(Number(x.toPrecision(4))) : x.toPrecision(4);
}

function leverList(text: string | undefined): string[] {
  const known = engine.data.levers.map((l) => l.id);
  if (text === undefined) throw new UsageError(`--levers is required: comma-separated ids from ${known.join(", ")}`);
  const ids = text
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  if (ids.length === 0) throw new UsageError(`--levers must name at least one lever from ${known.join(", ")}`);
  for (const id of ids) if (!known.includes(id)) throw new UsageError(`--levers names unknown lever "${id}"; ${didYouMean(id, known)}levers are ${known.join(", ")}`);
  refuseRepeats("--levers", ids);
  return ids;
}

function numberFlag(value: unknown, flag: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (String(value).trim() === "" || !Number.isFinite(n)) throw new UsageError(`${flag} must be a finite number, got "${value}"`);
  return n;
}
