import {attributeLevers, engine, formatNumber, loadScenario, unitLabel} from "../../index.js";
import type {Command} from "../command.js";
import {integerFlag} from "../integerFlag.js";
import {checkOutput, formatFrom, scenarioFrom, scenarioHelp, scenarioOptions} from "../shared.js";
import {formatCell, table} from "../table.js";
import {UsageError} from "../usageError.js";

export const attribute: Command = {
  usage: "--scenario ID|FILE --output ID --year Y [--baseline ID|FILE] [--per N] [--set ...] [--format table|csv|json] [--out FILE]",
  options: {
    ...scenarioOptions,
    baseline: {type: "string", short: "b"},
    output: {type: "string"},
    year: {type: "string", short: "y"},
    per: {type: "string"},
    format: {type: "string", short: "f"},
    out: {type: "string", short: "o"}
  },
  help: {
    ...scenarioHelp,
    scenario: "preset id or scenario JSON file whose change is explained (required)",
    baseline: "preset id or scenario JSON file whose levers count as off (default baseline)",
    output: "output id (see `shapan outputs`); its annual aggregate is explained",
    year: "calendar year within the scenario's years",
    per: "units of effect the cost is quoted per, e.g. 1000 for bn RMB per 1000 P (default 1)",
    format: "table (default), csv or json",
    out: "write to FILE (atomically; - for stdout) instead of stdout"
  },
  details: () =>
    `Every lever whose schedule differs between the scenario and the baseline is switched on alone
(from the baseline: column alone) and off alone (from the scenario: column last). Its
contribution is the mean of the two, a two-point Shapley estimate; the row "interaction" is the
remainder, so contributions plus interaction equal the total change exactly. Parameters and time
settings are the scenario's in every run; 2 + 2 × levers runs.

cost_bn_rmb is the lever's extra fiscal cost in the scenario over the baseline, summed from the
first reported year to --year (levers without a cost, such as regulation, show 0).
cost_per_effect is cost_bn_rmb / contribution × --per: bn RMB per --per units of the output;
negative when the lever lowers the output (e.g. closes a compute gap).

Example:
  shapan attribute --scenario compute-push --output compute_gap_beijing_pflops --year 2027 --per 1000
`,
  async run(values, _positionals, io, open) {
    const format = formatFrom(values, ["table", "csv", "json"] as const, "table");
    if (values.scenario === undefined) throw new UsageError("--scenario is required, e.g. --scenario compute-push");
    const output = values.output as string | undefined;
    if (output === undefined) throw new UsageError("--output is required, e.g. --output compute_gap_beijing_pflops");
    checkOutput("--output", output);
    if (values.year === undefined) throw new UsageError("--year is required, e.g. --year 2027");
    const perText = (values.per as string | undefined) ?? "1";
    const per = Number(perText);
    if (perText.trim() === "" || !Number.isFinite(per) || per <= 0) throw new UsageError(`--per must be a positive number, got "${perText}"`);
    const destination = open(values.out as string | undefined, format);
    const scenario = engine.resolve(scenarioFrom(values));
    const year = integerFlag(values, "year", scenario.time.from, scenario.time.to, scenario.time.to);
    const baseline = loadScenario((values.baseline as string | undefined) ?? "baseline");
    const result = attributeLevers(engine, {scenario, baseline, output});
    const i = year - result.years[0];
    const total = result.total[i];
    const rows = result.levers.map((l) => {
      let cost = 0;
      for (let y = 0; y <= i; y++) cost += l.cost[y];
      const effect = l.contribution[i];
      return {
        lever: l.lever,
        alone: l.alone[i],
        last: l.last[i],
        contribution: effect,
        share: total !== 0 ? effect / total : NaN,
        cost_bn_rmb: cost,
        cost_per_effect: effect !== 0 && l.costOutput !== null ? (cost / effect) * per : NaN
      };
    });
    const unit = unitLabel(engine.outputs.find((o) => o.id === output)!.unit);
    const header = ["lever", "alone", "last", "contribution", "share", "cost_bn_rmb", "cost_per_effect"];
    const cells = (r: Partial<Record<string, number | string>>) => header.map((h) => r[h] ?? "");
    const extra: Array<Partial<Record<string, number | string>>> = [
      {lever: "interaction", contribution: result.interaction[i], share: total !== 0 ? result.interaction[i] / total : NaN},
      {lever: "total", contribution: total, share: total !== 0 ? 1 : NaN, cost_bn_rmb: rows.reduce((s, r) => s + r.cost_bn_rmb, 0)}
    ];
    io.stderr(
      `shapan attribute: ${output} in ${year}: ${formatCell(result.baseline[i])} (baseline) -> ${formatCell(result.scenario[i])} (${scenario.name})${unit ? " " + unit : ""}; cost per ${formatNumber(per)} units\n`
    );
    let text: string;
    if (format === "json") {
      text = JSON.stringify({scenario: scenario.name, output, year, per, baseline: result.baseline[i], value: result.scenario[i], total, interaction: result.interaction[i], levers: rows}) + "\n";
    } else if (format === "csv") {
      text =
        [
          header.join(","),
          ...[...rows, ...extra].map((r) =>
            cells(r)
              .map((c) => (typeof c === "number" ? formatNumber(c) : c))
              .join(",")
          )
        ].join("\n") + "\n";
    } else {
      text = table(header, [...rows, ...extra].map(cells));
    }
    await destination.write(text);
  }
};
