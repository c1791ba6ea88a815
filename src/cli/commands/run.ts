import {data, formatLeverValue, projectionToCsv, projectionToJson, simulate, unitLabel} from "../../index.js";
import type {Command} from "../command.js";
import {formatFrom, outputOptions, outputsFrom, scenarioFrom, scenarioHelp, scenarioOptions} from "../shared.js";

export const run: Command = {
  usage: "[--scenario ID|FILE] [--set LEVER=VALUE]... [--from Y] [--to Y] [--step month|quarter|year] [--method euler|rk4] [--annual] [--outputs A,B] [--format csv|json] [--out FILE]",
  options: {...scenarioOptions, ...outputOptions, annual: {type: "boolean", short: "a"}},
  help: {
    ...scenarioHelp,
    annual: "one row per calendar year: stocks at year end, flows summed, levels averaged",
    outputs: "comma-separated output ids (default all; see `shapan outputs`)",
    format: "csv (default, or as --out's extension says) or json",
    out: "write to FILE (atomically; - for stdout) instead of stdout"
  },
  details: () =>
    `Levers (--set ID=VALUE; see \`shapan levers\` for sources):\n${data.levers
      .map((l) => `  ${l.id.padEnd(24)} ${String(l.min).padStart(4)} to ${String(l.max).padEnd(6)} ${l.measure ?? unitLabel(l.unit)}, baseline ${formatLeverValue(l.default)}`)
      .join("\n")}\n`,
  async run(values, _positionals, _io, open) {
    const format = formatFrom(values, ["csv", "json"] as const, "csv");
    const outputs = outputsFrom(values);
    const output = open(values.out as string | undefined, format);
    const projection = simulate(scenarioFrom(values));
    const options = {annual: values.annual === true, outputs};
    const text = format === "csv" ? projectionToCsv(projection, options) : JSON.stringify(projectionToJson(projection, options)) + "\n";
    await output.write(text);
  }
};
