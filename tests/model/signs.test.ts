import {describe, expect, it} from "vitest";
import {checkSigns, modelDraws, type SampleDraws} from "../../src/engine/index.js";
import {table} from "../../src/cli/table.js";
import {loadCalibration} from "../../src/node/loadCalibration.js";
import {data, engine} from "../helpers.js";

// data/signs.json against the model: every lever swept over 11 values of its range, the others at
// baseline, at the calibrated point (the engine's defaults) and under 50 posterior draws.

const signs = data.signs!;
const at = (lever: string, output: string, year: number) => `${lever} → ${output} ${year}`;

/** 50 rows evenly spaced through the committed posterior sample, nuisance parameters dropped. */
function posteriorDraws(rows: number): SampleDraws {
  let calibration: ReturnType<typeof loadCalibration>;
  try {
    calibration = loadCalibration();
  } catch (error) {
    throw new Error(`${(error as Error).message}: run \`shapan calibrate --out data/calibration.json\` to write a posterior sample`);
  }
  if (!calibration?.sample) throw new Error("data/calibration.json holds no posterior sample: run `shapan calibrate --out data/calibration.json`");
  return modelDraws(
    calibration.sample,
    data.parameters.map((p) => p.id),
    {rows: Math.min(rows, calibration.sample.draws.length)}
  );
}

describe("declared lever signs (data/signs.json)", () => {
  const point = checkSigns(engine, signs);

  it("hold exactly at the calibrated point, every one that is not ambiguous", () => {
    const wrong = point.cells.filter((c) => c.declared !== "ambiguous" && c.point !== c.declared);
    expect(
      wrong.map((c) => `${at(c.lever, c.output, c.year)}: declared ${c.declared}, the sweep is ${c.point} (${c.values[0].toPrecision(4)} .. ${c.values[c.values.length - 1].toPrecision(4)})`),
      "signs the model contradicts at the calibrated point"
    ).toEqual([]);
    const net = point.net.filter((n) => n.point !== n.declared);
    expect(
      net.map((n) => `net ${at(n.lever, n.output, n.year)}: declared ${n.declared}, max - min is ${n.point}`),
      "net statements the model contradicts"
    ).toEqual([]);
  });

  it("declare 0 only where the output is exactly constant over the lever's range", () => {
    for (const c of point.cells.filter((c) => c.declared === "0")) expect(new Set(c.values).size, at(c.lever, c.output, c.year)).toBe(1);
  });

  it("leave no lever without an effect on some headline output", () => {
    const inert = data.levers.filter((l) => point.cells.every((c) => c.lever !== l.id || c.point === "0")).map((l) => l.id);
    expect(inert, "levers that move no headline output").toEqual([]);
  });

  it("hold in at least 90% of 50 posterior draws", () => {
    const {cells, net} = checkSigns(engine, signs, {draws: posteriorDraws(50)});
    const share = (x: number | null) => (x === null ? "" : `${Math.round(100 * x)}%`);
    console.log(
      `Declared signs under ${cells[0].draws["+"] + cells[0].draws["-"] + cells[0].draws["0"] + cells[0].draws.mixed} posterior draws (agreement: share of draws showing the declared sign):\n` +
        table(
          ["lever", "output", "year", "declared", "point", "agreement", "+", "-", "0", "mixed"],
          [
            ...cells.map((c) => [c.lever, c.output, c.year, c.declared, c.point, share(c.agreement), c.draws["+"], c.draws["-"], c.draws["0"], c.draws.mixed]),
            ...net.map((n) => [`${n.lever} (net)`, n.output, n.year, n.declared, n.point, share(n.agreement), "", "", "", ""])
          ]
        )
    );
    const weak = [...cells, ...net].filter((c) => c.agreement !== null && c.agreement < 0.9);
    expect(
      weak.map((c) => `${at(c.lever, c.output, c.year)}: declared ${c.declared} in ${share(c.agreement)} of draws`),
      "signs that fail in more than 10% of draws"
    ).toEqual([]);
  });
});
