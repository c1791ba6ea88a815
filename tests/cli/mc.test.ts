import {existsSync, mkdtempSync, readdirSync, readFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {describe, expect, it} from "vitest";
import {cli, spawn} from "../support/cli.js";

describe("shapan mc (spawned)", () => {
  it("exits 2 on bad input, writes files atomically and gives the same bits on 1 and 2 workers", async () => {
    const dir = mkdtempSync(join(tmpdir(), "shapan-mc-"));
    const one = join(dir, "one.csv");
    const two = join(dir, "two.csv");
    const never = join(dir, "never.csv");
    const common = ["mc", "--runs", "300", "--seed", "7", "--outputs", "market_bn_rmb,compute_gap_beijing_pflops", "--step", "quarter", "--target", "market_bn_rmb@2030 >= 100"];
    const [zero, ok1, ok2] = await Promise.all([spawn("mc", "--runs", "0", "--out", never), spawn(...common, "--workers", "1", "--out", one), spawn(...common, "--workers", "2", "--out", two)]);
    expect(zero.code).toBe(2);
    expect(zero.stderr).toBe('shapan mc: --runs must be an integer between 1 and 1000000, got "0"\n');
    expect(existsSync(never)).toBe(false);
    expect(ok1.code, ok1.stderr).toBe(0);
    expect(ok2.code, ok2.stderr).toBe(0);
    expect(ok2.stderr).toMatch(/shapan mc: 300 runs in [\d.]+ s \(\d+ runs\/s, 2 workers, seed 7, \d+ parameters sampled\)/);
    expect(ok2.stderr).toMatch(/market_bn_rmb@2030 >= 100 +0\.\d+/);
    expect(readFileSync(two, "utf8")).toBe(readFileSync(one, "utf8"));
    expect(readdirSync(dir).sort()).toEqual(["one.csv", "two.csv"]); // no temporary files left
  });
});

describe("shapan mc", () => {
  it("writes long-format bands: one row per output and time point", async () => {
    const r = await cli("mc", "--runs", "40", "--seed", "3", "--annual", "--outputs", "market_bn_rmb,quality_index", "--workers", "1");
    expect(r.code, r.stderr).toBe(0);
    const lines = r.stdout.trim().split("\n");
    expect(lines[0]).toBe("year,output,deterministic,q05,q25,q50,q75,q95");
    expect(lines.length).toBe(1 + 2 * 13);
    expect(lines[1]).toMatch(/^2023,market_bn_rmb,/);
    for (const line of lines.slice(1)) {
      const q = line.split(",").slice(3).map(Number);
      for (let i = 1; i < q.length; i++) expect(q[i]).toBeGreaterThanOrEqual(q[i - 1]);
    }
  });

  it("gives JSON with targets and custom quantiles", async () => {
    const r = await cli(
      "mc",
      "--runs",
      "30",
      "--annual",
      "--quantiles",
      "0.1,0.5,0.9",
      "--outputs",
      "market_bn_rmb",
      "--target",
      "max(compute_gap_pflops@2025..2030) <= 1000",
      "--format",
      "json",
      "--workers",
      "1"
    );
    expect(r.code, r.stderr).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.quantiles).toEqual([0.1, 0.5, 0.9]);
    expect(Object.keys(json.bands.market_bn_rmb)).toEqual(["deterministic", "q10", "q50", "q90"]);
    expect(json.goals[0].goal).toBe("max(compute_gap_pflops@2025..2030) <= 1000");
    expect(json.goals[0].probability).toBeGreaterThanOrEqual(0);
  });

  it("bands a batch too large to keep from quantile sketches, and says so (31,000 monthly runs)", async () => {
    // 31,000 runs × 7 outputs × 157 save points is above the 2^25 values kept; a million such runs
    // (`npm run bench`) were an internal error before sketches.
    const r = await cli("mc", "--runs", "31000", "--seed", "2", "--format", "json", "--workers", "2");
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/31000 runs in .*bands from quantile sketches/);
    const json = JSON.parse(r.stdout);
    expect(json.method).toBe("sketch");
    expect(json.time.length).toBe(157);
    for (const band of Object.values(json.bands) as Array<Record<string, number[]>>) {
      for (let i = 0; i < 157; i++) {
        const q = ["q05", "q25", "q50", "q75", "q95"].map((key) => band[key][i]);
        for (let k = 1; k < 5; k++) expect(q[k]).toBeGreaterThanOrEqual(q[k - 1]);
      }
    }
  });

  it("names the flag and what is allowed when input is bad", async () => {
    for (const [argv, message] of [
      [["--runs", "1.5"], '--runs must be an integer between 1 and 1000000, got "1.5"'],
      [["--seed=-1"], '--seed must be an integer between 0 and 4294967295, got "-1"'],
      [["--workers", "0"], '--workers must be an integer between 1 and 64, got "0"'],
      [["--quantiles", "0.5,2"], '--quantiles must be comma-separated numbers between 0 and 1, got "2"'],
      [["--target", "market_bn_rmb@2030"], "--target must read OUTPUT@YEAR OP VALUE"],
      [["--target", "nope@2027 <= 0"], '--target names unknown output "nope"'],
      [["--outputs", "nope"], '--outputs names unknown output "nope"'],
      [["--format", "xml"], '--format must be one of csv, json, got "xml"']
    ] as const) {
      const r = await cli("mc", ...argv);
      expect(r.code, argv.join(" ")).toBe(2);
      expect(r.stderr).toContain(message);
    }
  });
});

describe("shapan sensitivity", () => {
  it("prints a tornado, largest swing first", async () => {
    const r = await cli("sensitivity", "--output", "market_bn_rmb", "--year", "2030", "--format", "csv");
    expect(r.code, r.stderr).toBe(0);
    const [header, ...rows] = r.stdout.trim().split("\n");
    expect(header).toBe("parameter,low,high,value,output_low,output_high,swing");
    const swings = rows.map((row) => Number(row.split(",")[6]));
    for (let i = 1; i < swings.length; i++) expect(swings[i]).toBeLessThanOrEqual(swings[i - 1]);
  });

  it("computes Sobol indices", async () => {
    const r = await cli("sensitivity", "--output", "market_bn_rmb", "--year", "2026", "--method", "sobol", "--samples", "16", "--workers", "1", "--step", "year", "--format", "json");
    expect(r.code, r.stderr).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.bars.length).toBeGreaterThan(50);
    expect(json.runs).toBe((json.bars.length + 2) * 16);
  });

  it("rejects a bad method, output or year", async () => {
    expect((await cli("sensitivity", "--output", "market_bn_rmb", "--year", "2030", "--method", "morris")).stderr).toContain('--method must be oat or sobol, got "morris"');
    expect((await cli("sensitivity", "--output", "nope", "--year", "2030")).code).toBe(2);
    expect((await cli("sensitivity", "--output", "market_bn_rmb", "--year", "2050")).stderr).toContain('--year must be an integer between 2023 and 2035, got "2050"');
  });
});

describe("shapan attribute", () => {
  it("splits the change by lever, with costs, adding up to the total", async () => {
    const r = await cli("attribute", "--scenario", "compute-push", "--output", "compute_gap_beijing_pflops", "--year", "2027", "--per", "1000", "--format", "json");
    expect(r.code, r.stderr).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.levers.map((l: {lever: string}) => l.lever)).toEqual(["compute_subsidy", "public_compute", "domestic_accelerators"]);
    const sum = json.levers.reduce((s: number, l: {contribution: number}) => s + l.contribution, 0) + json.interaction;
    expect(Math.abs(sum - json.total)).toBeLessThan(1e-9 * Math.abs(json.total));
    for (const l of json.levers) expect(l.cost_per_effect).toBeCloseTo((l.cost_bn_rmb / l.contribution) * 1000, 9);
  });

  it("requires a scenario, an output and a year", async () => {
    expect((await cli("attribute", "--output", "market_bn_rmb", "--year", "2030")).stderr).toContain("--scenario is required");
    expect((await cli("attribute", "--scenario", "compute-push", "--year", "2030")).stderr).toContain("--output is required");
    expect((await cli("attribute", "--scenario", "compute-push", "--output", "market_bn_rmb", "--year", "2030", "--per", "0")).code).toBe(2);
  });
});
