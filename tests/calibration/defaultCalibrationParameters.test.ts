import {describe, expect, it} from "vitest";
import {defaultCalibrationParameters} from "../../src/engine/calibration/defaultCalibrationParameters.js";
import {createEngine} from "../../src/engine/simulate.js";
import {loadData} from "../../src/node/loadData.js";

const data = loadData();
const engine = createEngine(data);

describe("defaultCalibrationParameters", () => {
  it("picks the calibrated parameters of subsystems the targets measure", () => {
    const ids = defaultCalibrationParameters(data.parameters, engine.outputs, data.targets);
    expect(ids).toEqual(
      expect.arrayContaining([
        "adoption_initial",
        "adoption_imitation",
        "providers_initial_general",
        "providers_initial_industry",
        "entry_rate_general",
        "entry_rate_industry",
        "viable_revenue_general",
        "viable_revenue_industry",
        "beijing_supply_share",
        "supply_initial_imported",
        "tenders_initial"
      ])
    );
    // Calibrated, but to benchmark gains no target measures.
    expect(ids).not.toContain("quality_growth");
    for (const id of ids) expect(data.parameters.find((p) => p.id === id)!.reasoning).toMatch(/calibrated/i);
  });

  it("throws for a target naming an unknown output", () => {
    expect(() => defaultCalibrationParameters(data.parameters, engine.outputs, [{...data.targets[0], output: "nope"}])).toThrow('targets[0].output names no output: "nope"');
  });
});
