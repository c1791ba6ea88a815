import {formatNumber, simulate} from "../../index.js";
import type {Command} from "../command.js";
import {formatFrom, headline, outputOptions, outputsFrom, refuseRepeats, scenarioFrom, scenarioHelp, scenarioOptions} from "../shared.js";
import {csvCell} from "../csvCell.js";
import {table} from "../table.js";
import {UsageError} from "../usageError.js";

export const compare: Command = {
  usage: "A B [C...] [--outputs A,B] [--years 2025,2030] [--set ...] [--to Y] [--format table|csv|json] [--out FILE]",
  allowPositionals: true,
  options: {...scenarioOptions, ...outputOptions, years: {type: "string"}},
  help: {
    ...scenarioHelp,
    scenario: "(not used: name the scenarios as arguments, preset ids or JSON files)",
    set: "LEVER=VALUE applied to every scenario compared; repeatable",
    outputs: `comma-separated output ids (default ${headline.join(",")})`,
    years: "comma-separated years to show (default every year)",
    format: "table (default), csv or json",
    out: "write to FILE (atomically; - for stdout) instead of stdout"
  },
  async run(values, positionals, _io, open) {
    if (positionals.length < 2) throw new UsageError(`compare needs at least two scenarios (preset ids or JSON files), got ${positionals.length}`);
    refuseRepeats("compare", positionals);
    if (values.scenario !== undefined) throw new UsageError(`--scenario is not used by compare: name the scenarios as arguments (shapan compare ${values.scenario} OTHER)`);
    const format = formatFrom(values, ["table", "csv", "json"] as const, "table");
    const output = open(values.out as string | undefined, format);
    const ids = outputsFrom(values, headline)!;
    const projections = positionals.map((name) => simulate(scenarioFrom(values, name)));
    const years = Array.from(projections[0].annual.years);
    const wanted = values.years === undefined ? years : parseYears(values.years as string, years);
    const names = positionals;
    const rows: Array<Array<number | string>> = [];
    for (const id of ids) {
      for (const year of wanted) {
        const i = years.indexOf(year);
        const values_ = projections.map((p) => p.annual.series[id][i]);
        const diffs = values_.slice(1).map((v) => v - values_[0]);
        rows.push([year, id, ...values_, ...diffs]);
      }
    }
    const header = ["year", "output", ...names, ...names.slice(1).map((n) => `${n}-${names[0]}`)];
    let text: string;
    if (format === "json") {
      text = JSON.stringify({scenarios: names, outputs: ids, years: wanted, rows: rows.map((r) => Object.fromEntries(header.map((h, j) => [h, r[j]])))}) + "\n";
    } else if (format === "csv") {
      text = [header.map(csvCell).join(","), ...rows.map((r) => r.map((c) => (typeof c === "number" ? formatNumber(c) : csvCell(c))).join(","))].join("\n") + "\n";
    } else {
      text = table(header, rows);
    }
    await output.write(text);
  }
};

function parseYears(text: string, available: number[]): number[] {
  const years = text.split(",").map((s) => {
    const year = Number(s.trim());
    if (!available.includes(year)) throw new UsageError(`--years: ${s.trim()} is not a simulated year (${available[0]} to ${available[available.length - 1]})`);
    return year;
  });
  refuseRepeats("--years", years);
  return years;
}
