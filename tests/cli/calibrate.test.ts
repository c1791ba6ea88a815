import {existsSync, mkdtempSync, readFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {describe, expect, it} from "vitest";
import {cli} from "../support/cli.js";

// Two fitted parameters, a short chain: seconds, not minutes (a real calibration is a CLI run).
const quick = ["--parameters", "adoption_initial,providers_initial_general", "--skip-missing", "--method", "rk4", "--steps", "40", "--walkers", "8", "--draws", "50"];

describe("shapan calibrate", () => {
  it("--dry-run samples, prints prior against posterior, every figure against the model's band and the diagnostics, writes nothing", async () => {
    // Without --dry-run the calibration would go to ./calibration.json.
    const out = join(process.cwd(), "calibration.json");
    expect(existsSync(out)).toBe(false);
    const r = await cli("calibrate", ...quick, "--dry-run");
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^parameter\s+prior median\s+prior 5-95%\s+posterior median/m);
    expect(r.stdout).toMatch(/^providers_initial_general\s/m);
    expect(r.stdout).toMatch(/^market-2023\s+fit\s+market_bn_rmb\s+5\s/m);
    expect(r.stdout).toMatch(/^sampler: 8 walkers x 40 steps \(burn-in 20\)/m);
    expect(r.stdout).toMatch(/^step check at the prior medians: ok \(halving moves /m);
    expect(r.stderr).toMatch(/dry run, nothing written/);
    expect(existsSync(out)).toBe(false);
  });

  it("writes the point, the posterior sample, the diagnostics, the step check and the report (JSON)", async () => {
    const out = join(mkdtempSync(join(tmpdir(), "shapan-")), "calibration.json");
    const r = await cli("calibrate", ...quick, "--out", out, "--format", "json");
    expect(r.code, r.stderr).toBe(0);
    const written = JSON.parse(readFileSync(out, "utf8"));
    expect(Object.keys(written.parameters)).toEqual(["adoption_initial", "providers_initial_general"]);
    expect(written.point.kind).toBe("median");
    expect(written.sample.parameters.slice(0, 2)).toEqual(["adoption_initial", "providers_initial_general"]);
    expect(written.sample.draws).toHaveLength(50);
    expect(written.method).toMatchObject({seed: 1, scenario: "baseline", stepsPerYear: 12, integration: "rk4"});
    expect(written.integration.start.ok).toBe(true);
    expect(written.report.observations.map((o: {term: string}) => o.term)).toContain("compute-gap-beijing");
    expect(new Date(written.fitted).toISOString()).toBe(written.fitted);
    expect(JSON.parse(r.stdout).sample).toEqual(written.sample);
  });

  it("is reproducible: the same seed writes the same sample", async () => {
    const [a, b] = [await cli("calibrate", ...quick, "--dry-run", "--format", "json"), await cli("calibrate", ...quick, "--dry-run", "--format", "json")];
    expect(JSON.parse(a.stdout).sample).toEqual(JSON.parse(b.stdout).sample);
  });

  // Outputs the model lacks are refused by the library (tests/calibration): the shipped model has them all.
  it("refuses, exit 2, a coarse step that drifts from the converged solution", async () => {
    const year = await cli("calibrate", ...quick, "--dry-run", "--step", "year");
    expect(year.code).toBe(2);
    expect(year.stderr).toMatch(/^shapan calibrate: time\.step year \(rk4\) moves [\w-]+ by [\d.]+% from the converged solution \(at most 2% for calibrated results\); use the month step\n$/);
  });

  it("exits 2 for bad input, naming the flag", async () => {
    const cases: Array<[string[], RegExp]> = [
      [["--parameters", "nope"], /--parameters names unknown parameter "nope"/],
      [["--seed", "x"], /--seed must be an integer between 0 and 4294967295/],
      [["--steps", "5"], /--steps must be an integer between 20 and 1000000, got "5"/],
      [["--walkers", "7"], /--walkers must be an even number, got 7/],
      [["--step", "week"], /--step must be one of month, quarter, year, got "week"/],
      [["--format", "xml"], /--format must be one of table, json/]
    ];
    for (const [argv, message] of cases) {
      const r = await cli("calibrate", "--dry-run", ...argv);
      expect(r.code, argv.join(" ")).toBe(2);
      expect(r.stderr).toMatch(message);
    }
    const few = await cli("calibrate", "--dry-run", "--walkers", "2");
    expect(few.code).toBe(2);
    expect(few.stderr).toMatch(/walkers must be an integer between 4 and 100000/);
  });
});

describe("shapan backtest", () => {
  it("fits on what was known by the end of 2023 and scores 2024-2025: a table, and JSON with the scores", async () => {
    const table = await cli("backtest", ...quick);
    expect(table.code, table.stderr).toBe(0);
    expect(table.stdout).toMatch(/^backtest: fitted on \d+ terms known by 2023-12-31 \(market-2023, providers-national, /m);
    expect(table.stdout).toMatch(/^coverage of the 90% band: \d+% \(model band alone: \d+%\); median \|log error\| of the median: [\d.]+$/m);
    expect(table.stdout).toMatch(/^compute-installed-2024\s+holdout/m);
    const json = JSON.parse((await cli("backtest", ...quick, "--format", "json")).stdout);
    expect(json.cutoff).toBe("2023-12-31");
    expect(json.fit.terms.fitted).toContain("compute-gap-beijing");
    expect(json.fit.terms.fitted).not.toContain("compute-installed-2023");
    expect(json.score.count).toBe(json.scored.length);
    for (const o of json.scored) expect([2024, 2025]).toContain(o.year);
  });

  it("exits 2 for a bad cutoff", async () => {
    const r = await cli("backtest", ...quick, "--cutoff", "end of 2023");
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--cutoff must be a date YYYY-MM-DD, got "end of 2023"/);
  });
});
