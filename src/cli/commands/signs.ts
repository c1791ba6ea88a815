import {checkSigns, data, engine, modelDraws, type SampleDraws} from "../../index.js";
import {loadCalibration} from "../../node/loadCalibration.js";
import type {Command} from "../command.js";
import {integerFlag} from "../integerFlag.js";
import {formatFrom} from "../shared.js";
import {table} from "../table.js";
import {UsageError} from "../usageError.js";

const points = 11;

export const signs: Command = {
  usage: "[--draws N] [--format table|json] [--out FILE]",
  options: {
    draws: {type: "string", short: "n"},
    format: {type: "string", short: "f"},
    out: {type: "string", short: "o"}
  },
  help: {
    draws: "posterior draws to check the signs under, evenly spaced through data/calibration.json's sample (default 50; 0 for the calibrated point alone)",
    format: "table (default) or json",
    out: "write to FILE (atomically; - for stdout) instead of stdout"
  },
  details: () => {
    const declared = data.signs!;
    const levers = [...new Set(declared.signs.map((s) => s.lever))];
    const outputs = [...new Set(declared.signs.map((s) => s.output))];
    return `The expected sign of raising each lever on each headline output (data/signs.json): + (up),
- (down), 0 (none by construction) or ambiguous (depends on the parameters it names). Each lever is
swept over ${points} evenly spaced values of its declared range, the other levers at baseline, and each
output's annual value read in ${declared.years.join(" and ")}. A sign holds when the sequence moves only that way
(steps within 0.1% of its magnitude are ties); 0 when it is exactly constant; "mixed" when it rises and falls.
"point" is the sweep at the calibrated point (the baseline's parameters); "agreement" the share of
the posterior draws whose sweep shows the declared sign. A net statement compares the value at the
lever's max with its value at its min.

Levers: ${levers.join(", ")}
Outputs: ${outputs.join(", ")}
Cost: ${levers.length} levers x ${points} values x (draws + 1) runs, about 0.4 ms each.

Example:
  shapan signs --draws 50
`;
  },
  async run(values, _positionals, io, open) {
    const format = formatFrom(values, ["table", "json"] as const, "table");
    const count = integerFlag(values, "draws", 0, 100_000, 50);
    const destination = open(values.out as string | undefined, format);
    let draws: SampleDraws | undefined;
    if (count > 0) {
      const calibration = loadCalibration();
      if (!calibration)
        throw new UsageError("--draws needs the posterior sample of data/calibration.json: run `shapan calibrate --out data/calibration.json`, or give --draws 0 for the calibrated point alone");
      if (count > calibration.sample.draws.length) throw new UsageError(`--draws must be at most ${calibration.sample.draws.length} (the posterior sample's draws), got ${count}`);
      const declared = data.parameters.map((p) => p.id);
      draws = modelDraws(calibration.sample, declared, {rows: count});
    }
    const result = checkSigns(engine, data.signs!, {draws, points});
    const failing = [...result.cells, ...result.net].filter((c) => !c.holds);
    io.stderr(
      `shapan signs: ${result.cells.length} declared signs and ${result.net.length} net statements, at the calibrated point${count > 0 ? ` and under ${count} posterior draws` : ""}: ${failing.length} contradicted at the point${count > 0 ? " or in more than 10% of draws" : ""}\n`
    );
    const share = (x: number | null) => (x === null ? "" : x.toFixed(2));
    const text =
      format === "json"
        ? JSON.stringify({points, draws: count, cells: result.cells, net: result.net}) + "\n"
        : table(
            ["lever", "output", "year", "declared", "point", "agreement"],
            [
              ...result.cells.map((c) => [c.lever, c.output, c.year, c.declared, c.point, share(c.agreement)]),
              ...result.net.map((n) => [`${n.lever} (net)`, n.output, n.year, n.declared, n.point, share(n.agreement)])
            ]
          );
    await destination.write(text);
  }
};
