import {describe, expect, it} from "vitest";
import {modelDraws} from "../../src/engine/calibration/modelDraws.js";

const sample = {
  parameters: ["a", "b", "noise"],
  nuisance: ["noise"],
  draws: Array.from({length: 10}, (_, i) => [i, 10 * i, -i]),
  logPosterior: Array.from({length: 10}, () => 0)
};

describe("modelDraws", () => {
  it("drops the nuisance columns and those held fixed, keeping whole rows", () => {
    expect(modelDraws(sample, ["a", "b"])).toEqual({parameters: ["a", "b"], draws: sample.draws.map(([a, b]) => [a, b])});
    expect(modelDraws(sample, ["a", "b"], {fixed: ["a"]}).draws[3]).toEqual([30]);
  });
  it("takes rows evenly spaced through the sample, so a few span the whole chain", () => {
    expect(modelDraws(sample, ["a", "b"], {rows: 5}).draws.map(([a]) => a)).toEqual([0, 2, 4, 6, 8]);
    expect(modelDraws(sample, ["a", "b"], {rows: 3}).draws.map(([a]) => a)).toEqual([0, 3, 6]);
  });
  it("refuses a sample fitted to parameters the model no longer declares, telling to calibrate again", () => {
    expect(() => modelDraws(sample, ["a"])).toThrow("calibration was fitted to parameters the model no longer declares (b); run `shapan calibrate` again");
  });
  it("refuses a number of rows the sample cannot give", () => {
    for (const rows of [0, 11, 2.5]) expect(() => modelDraws(sample, ["a", "b"], {rows})).toThrow(`rows must be an integer from 1 to 10 (the sample's draws), got ${rows}`);
  });
});
