import {describe, expect, it} from "vitest";
import {integrationAgreement} from "../../src/engine/calibration/integrationAgreement.js";
import {integrationCheck} from "../../src/engine/calibration/integrationCheck.js";
import {resolveTerm} from "../../src/engine/calibration/resolveTerm.js";
import {observation, smallModel} from "./smallModel.js";

// x' = r·x over two years at r = 0.5: Euler's error per year is that of (1 + r/n)^n against e^r.
const sources = {
  observations: new Map([["x", observation("x", 30, "2024-12-31", {relative_sd: 0.1, reason: "r"})]]),
  facts: new Map(),
  sources: new Map()
};
const terms = [resolveTerm({id: "x-2025", observation: "x", output: "x", read: {at: 2025}}, sources)];
const parameters = {r: 0.5, x0: 10};

describe("integrationCheck", () => {
  it("passes a month of RK4, whose halving moves x(2025) by under 1e-6; Euler's moves it by just under 1%", () => {
    const rk4 = integrationCheck(smallModel({method: "rk4"}), terms, parameters);
    expect(rk4.ok).toBe(true);
    expect(rk4.halving.change).toBeLessThan(1e-6);
    // |x(month) / x(half month) − 1| = 1 − (1 + 0.5/12)^24 / (1 + 0.5/24)^48
    const euler = integrationCheck(smallModel({method: "euler"}), terms, parameters);
    expect(euler.halving.change).toBeCloseTo(1 - (1 + 0.5 / 12) ** 24 / (1 + 0.5 / 24) ** 48, 10);
    expect(euler.halving).toMatchObject({stepsPerYear: 12, reference: 24, term: "x-2025", limit: 0.01});
  });
  it("judges a coarse step against the half-month solution, within 2%: a quarter of RK4 passes, a year of Euler does not", () => {
    const quarter = integrationCheck(smallModel({method: "rk4", step: "quarter"}), terms, parameters);
    expect(quarter.ok).toBe(true);
    expect(quarter.coarse!.reference).toBe(24);
    const year = integrationCheck(smallModel({method: "euler", step: "year"}), terms, parameters);
    expect(year.ok).toBe(false);
    expect(year.coarse!.change).toBeCloseTo(1 - 1.5 ** 2 / (1 + 0.5 / 24) ** 48, 10);
  });
});

describe("integrationAgreement", () => {
  it("compares another step or method with the calibrated one at the point", () => {
    const calibrated = smallModel({method: "rk4"});
    expect(integrationAgreement(calibrated, smallModel({method: "rk4", step: "quarter"}), terms, parameters).ok).toBe(true);
    const year = integrationAgreement(calibrated, smallModel({method: "euler", step: "year"}), terms, parameters);
    expect(year).toMatchObject({ok: false, term: "x-2025", limit: 0.02, stepsPerYear: 1, reference: 12});
    expect(year.change).toBeCloseTo(1 - 1.5 ** 2 / Math.exp(1), 5);
  });
});
