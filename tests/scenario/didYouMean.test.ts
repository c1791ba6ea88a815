import {describe, expect, it} from "vitest";
import {didYouMean} from "../../src/engine/scenario/didYouMean.js";

const levers = ["compute_subsidy", "public_compute", "export_controls", "talent", "regulation"];

describe("didYouMean", () => {
  it("suggests the names within a few edits, ignoring case", () => {
    expect(didYouMean("talnet", levers)).toBe("did you mean talent? ");
    expect(didYouMean("Regulation", levers)).toBe("did you mean regulation? ");
    expect(didYouMean("export_control", levers)).toBe("did you mean export_controls? ");
  });
  it("else the names that contain what was typed, if there are at most three", () => {
    expect(didYouMean("subsidy", levers)).toBe("did you mean compute_subsidy? ");
    expect(didYouMean("compute", levers)).toBe("did you mean compute_subsidy or public_compute? ");
    expect(didYouMean("o", levers)).toBe("");
  });
  it("says nothing when nothing is close", () => {
    expect(didYouMean("gdp", levers)).toBe("");
    expect(didYouMean("", levers)).toBe("");
    expect(didYouMean("talent", [])).toBe("");
  });
});
