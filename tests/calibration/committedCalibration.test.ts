import {readFileSync} from "node:fs";
import {describe, expect, it} from "vitest";
import {calibrationReport, type CalibrationReport} from "../../src/engine/calibration/calibrationReport.js";
import {createEngine} from "../../src/engine/simulate.js";
import {compareFacts} from "../../src/engine/analysis/compareFacts.js";
import {loadData} from "../../src/node/loadData.js";

const file = new URL("../../data/calibration.json", import.meta.url);

// Model values within 1e-9 relative: the same parameters must give the same run, up to
// floating-point noise. Residuals and statistics are already relative (or in tolerances) and near
// 0 once fitted, so they are compared within 1e-9 absolute: relative to ~1e-6 they would flag noise.
function close(actual: number, expected: number) {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(1e-9 * Math.abs(expected));
}
function near(actual: number, expected: number) {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(1e-9);
}

describe("data/calibration.json (written by `shapan calibrate`)", () => {
  const committed = JSON.parse(readFileSync(file, "utf8")) as {parameters: Record<string, number>; report: CalibrationReport};
  const data = loadData();
  const projection = createEngine(data).simulate("baseline");

  it("still reproduces its own report: every target's model value and the fit statistics", () => {
    const targets = committed.report.rows.map((r) => r.target);
    const recomputed = calibrationReport(projection, data.facts, targets);
    committed.report.rows.forEach((row, i) => {
      expect(recomputed.rows[i].target.fact).toBe(row.target.fact);
      close(recomputed.rows[i].model, row.model);
      near(recomputed.rows[i].residual, row.residual);
      expect(recomputed.rows[i].ok).toBe(row.ok);
    });
    for (const key of ["rmse", "mape", "loss"] as const) near(recomputed.statistics[key], committed.report.statistics[key]);
    expect(recomputed.statistics.within).toBe(committed.report.statistics.within);
  });

  it("keeps every seed figure the model covers within tolerance", () => {
    for (const c of compareFacts(projection, data.facts, data.targets)) if (c.target) expect(c.ok, c.fact.id).toBe(true);
  });
});
