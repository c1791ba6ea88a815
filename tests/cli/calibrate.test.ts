import {existsSync, mkdtempSync, readFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {describe, expect, it} from "vitest";
import {cli} from "../support/cli.js";

const quick = ["--parameters", "adoption_initial,adoption_imitation", "--restarts", "0"];

describe("shapan calibrate", () => {
  it("--dry-run fits, prints the report and statistics, writes nothing, exits 0", async () => {
    // Without --dry-run the calibration would go to ./calibration.json.
    const out = join(process.cwd(), "calibration.json");
    expect(existsSync(out)).toBe(false);
    const r = await cli("calibrate", ...quick, "--dry-run");
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/market-2024\s+market_bn_rmb/);
    expect(r.stdout).toMatch(/declared defaults\s+9\/9/);
    expect(r.stdout).toMatch(/calibrated\s+9\/9/);
    expect(r.stderr).toMatch(/dry run, nothing written/);
    expect(existsSync(out)).toBe(false);
  });

  it("writes the calibration with its report (JSON)", async () => {
    const out = join(mkdtempSync(join(tmpdir(), "shapan-")), "calibration.json");
    const r = await cli("calibrate", ...quick, "--out", out, "--format", "json");
    expect(r.code).toBe(0);
    const written = JSON.parse(readFileSync(out, "utf8"));
    expect(Object.keys(written.parameters)).toEqual(["adoption_initial", "adoption_imitation"]);
    expect(written.report.rows).toHaveLength(9);
    expect(written.report.statistics.loss).toBeLessThanOrEqual(written.before.loss);
    expect(new Date(written.fitted).toISOString()).toBe(written.fitted);
    expect(JSON.parse(r.stdout).parameters).toEqual(written.parameters);
  });

  it("exits 2 for bad input, naming the flag", async () => {
    const cases: Array<[string[], RegExp]> = [
      [["--parameters", "nope"], /--parameters names unknown parameter "nope"/],
      [["--restarts=-1"], /--restarts must be an integer from 0 to 1000, got "-1"/],
      [["--seed", "x"], /--seed must be an integer from 0 to 4294967295/],
      [["--targets", "/nonexistent/targets.json"], /--targets file \/nonexistent\/targets.json cannot be read/],
      [["--format", "xml"], /--format must be one of table, json/]
    ];
    for (const [argv, message] of cases) {
      const r = await cli("calibrate", "--dry-run", ...argv);
      expect(r.code, argv.join(" ")).toBe(2);
      expect(r.stderr).toMatch(message);
    }
  });
});

describe("shapan mc --calibrated", () => {
  it("reports how many runs were kept, and rejects its flags without --calibrated", async () => {
    const r = await cli("mc", "--runs", "200", "--workers", "1", "--annual", "--to", "2025", "--outputs", "market_bn_rmb", "--calibrated", "--keep", "20");
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/calibrated: kept \d+ of 200 runs, each within [\d.]+ tolerances of every target/);
    const kept = Number(/kept (\d+)/.exec(r.stderr)![1]);
    expect(kept).toBeGreaterThanOrEqual(20);
    const rows = r.stdout
      .trim()
      .split("\n")
      .slice(1)
      .map((line) => line.split(","));
    const market2023 = rows.find((row) => row[0] === "2023")!;
    expect(Number(market2023[3])).toBeLessThanOrEqual(5); // q05
    expect(Number(market2023[7])).toBeGreaterThanOrEqual(5); // q95
    const json = JSON.parse((await cli("mc", "--runs", "200", "--workers", "1", "--annual", "--to", "2025", "--outputs", "market_bn_rmb", "--calibrated", "--keep", "20", "--format", "json")).stdout);
    expect(json.calibration).toMatchObject({method: "rejection", targets: "data/targets.json", drawn: 200, kept});
    expect(json.runs).toBe(kept);
    const stray = await cli("mc", "--runs", "10", "--within", "2");
    expect(stray.code).toBe(2);
    expect(stray.stderr).toMatch(/--within needs --calibrated/);
    const bad = await cli("mc", "--runs", "10", "--calibrated", "--weighting", "magic");
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--weighting must be rejection or importance, got "magic"/);
  });
});
