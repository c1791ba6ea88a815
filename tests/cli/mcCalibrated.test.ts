import {describe, expect, it} from "vitest";
import {loadCalibration} from "../../src/node/loadCalibration.js";
import {cli} from "../support/cli.js";

const base = ["--runs", "300", "--workers", "1", "--annual", "--to", "2025", "--outputs", "market_bn_rmb", "--format", "json"];

describe("shapan mc --calibrated", () => {
  const calibration = loadCalibration()!;
  it("draws the fitted parameters from the posterior sample and the rest from their priors, on the calibration's step and method", async () => {
    const r = await cli("mc", ...base, "--calibrated");
    expect(r.code, r.stderr).toBe(0);
    const posterior = calibration.sample.parameters.filter((id) => !calibration.sample.nuisance.includes(id));
    expect(r.stderr).toContain(`shapan mc: calibrated: ${posterior.length} parameters drawn from the posterior sample (${calibration.sample.draws.length} draws`);
    const json = JSON.parse(r.stdout);
    expect(json.calibration).toMatchObject({source: "data/calibration.json", posterior, draws: calibration.sample.draws.length});
    // The deterministic run is the calibration's integration, not the baseline's own Euler.
    const [asCalibrated, euler] = await Promise.all([cli("mc", ...base, "--method", calibration.method.integration), cli("mc", ...base, "--method", "euler")]);
    expect(json.bands.market_bn_rmb.deterministic).toEqual(JSON.parse(asCalibrated.stdout).bands.market_bn_rmb.deterministic);
    if (calibration.method.integration !== "euler") expect(json.bands.market_bn_rmb.deterministic).not.toEqual(JSON.parse(euler.stdout).bands.market_bn_rmb.deterministic);
  });

  it("is reproducible for a seed, and the posterior narrows the 2023 market the data pin down", async () => {
    const [a, b, prior] = await Promise.all([cli("mc", ...base, "--calibrated"), cli("mc", ...base, "--calibrated"), cli("mc", ...base, "--method", calibration.method.integration)]);
    expect(a.stdout).toBe(b.stdout);
    const width = (text: string) => {
      const market = JSON.parse(text).bands.market_bn_rmb;
      return market.q95[0] / market.q05[0];
    };
    expect(width(a.stdout)).toBeLessThan(width(prior.stdout));
  });

  it("refuses the filter's old flags, and a step that leaves the calibrated solution, with exit 2", async () => {
    for (const flag of ["--within", "--keep", "--weighting"]) {
      const r = await cli("mc", "--runs", "10", "--calibrated", flag, "1");
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(`shapan mc: ${flag} is no longer an option: --calibrated now draws from the posterior sample of data/calibration.json`);
    }
    const year = await cli("mc", ...base, "--calibrated", "--step", "year");
    expect(year.code).toBe(2);
    expect(year.stderr).toMatch(/^shapan mc: --step year --method \w+ moves [\w-]+ by [\d.e+]+% from the calibrated solution \(month, \w+\); calibrated bands need agreement within 2%/);
  });
});
