import {mkdtempSync, readFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {describe, expect, it} from "vitest";
import {cli} from "../support/cli.js";
import {parseScenario} from "../../src/engine/scenario/schema.js";

describe("shapan optimize", () => {
  it("writes the cheapest mix as a scenario file `shapan run` accepts, and reports cost and goals", async () => {
    const out = join(mkdtempSync(join(tmpdir(), "shapan-")), "mix.json");
    const r = await cli(
      "optimize",
      "--goal",
      "compute_gap_beijing_pflops@2024 <= 0",
      "--levers",
      "compute_subsidy,public_compute,domestic_accelerators",
      "--minimize",
      "fiscal_cost_bn_rmb",
      "--out",
      out
    );
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/^Goals met\. Cheapest mix found: fiscal_cost_bn_rmb summed 2023-2024 = /);
    const scenario = parseScenario(JSON.parse(readFileSync(out, "utf8")));
    expect(Object.keys(scenario.levers!)).toEqual(["compute_subsidy", "public_compute", "domestic_accelerators"]);
    expect((await cli("run", "--scenario", out, "--annual", "--outputs", "compute_gap_beijing_pflops")).code).toBe(0);
  });

  it("says clearly when no lever mix meets the goals (exit 0)", async () => {
    const r = await cli("optimize", "--goal", "providers_total@2030 <= 0", "--levers", "compute_subsidy,public_compute");
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/^No lever mix meets the goals; best came within [\d.]+ providers of "providers_total@2030 <= 0"/);
    expect(JSON.parse(r.stdout).version).toBe(1);
  });

  it("exits 2 for bad input, naming the flag and what is allowed", async () => {
    const cases: Array<[string[], RegExp]> = [
      [["--goal", "providers_total@2030 <= 0", "--levers", "nope"], /--levers names unknown lever "nope"; levers are compute_subsidy, /],
      [["--goal", "providers_total in 2030 <= 0", "--levers", "talent"], /--goal must read OUTPUT@YEAR OP VALUE/],
      [["--goal", "nope@2030 <= 0", "--levers", "talent"], /--goal names unknown output "nope"/],
      [["--levers", "talent"], /--goal is required/],
      [["--goal", "providers_total@2030 <= 0"], /--levers is required/],
      [["--goal", "providers_total@2030 <= 0", "--levers", "talent", "--minimize", "cost"], /--minimize names unknown output "cost"/],
      [["--goal", "providers_total@2030 <= 0", "--levers", "talent", "--budget", "lots"], /--budget must be a finite number, got "lots"/],
      [["--goal", "providers_total@2030 <= 0", "--levers", "talent", "--scenario", "nope"], /scenario "nope" is neither a preset/],
      [["--goal", "providers_total@2030 <= 0", "--levers", "talent", "--start", "2031"], /--start must be a whole year from 2023 to 2030 \(the last goal year\), got 2031/],
      [["--goal", "providers_total@2030 <= 0", "--levers", "talent", "--horizon", "2029"], /--horizon must be a whole year from 2030/]
    ];
    for (const [argv, message] of cases) {
      const r = await cli("optimize", ...argv);
      expect(r.code, argv.join(" ")).toBe(2);
      expect(r.stderr).toMatch(message);
    }
  });
});
