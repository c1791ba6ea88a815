import {existsSync, mkdtempSync, readFileSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {describe, expect, it} from "vitest";
import {engine, projectionToCsv, simulate} from "../../src/index.js";
import {cli, spawn} from "../support/cli.js";

const dir = mkdtempSync(join(tmpdir(), "shapan-run-"));

describe("shapan run (spawned, as a user runs it)", () => {
  it("prints CSV with a header of output ids and a time column", async () => {
    const {code, stdout, stderr} = await spawn("run", "--to", "2024", "--outputs", "market_bn_rmb,providers_total");
    expect(code, stderr).toBe(0);
    const lines = stdout.trim().split("\n");
    expect(lines[0]).toBe("time,market_bn_rmb,providers_total");
    expect(lines).toHaveLength(1 + 2 * 12 + 1);
    expect(Number(lines[1].split(",")[0])).toBe(2023);
  });
  it("--annual gives one row per year and matches the library", async () => {
    const {stdout} = await spawn("run", "--annual", "--set", "public_compute=3000", "--set", "export_controls=2023:0.5,2025:0.9");
    const expected = projectionToCsv(
      simulate({
        version: 1,
        extends: "baseline",
        name: "baseline",
        levers: {
          public_compute: 3000,
          export_controls: [
            [2023, 0.5],
            [2025, 0.9]
          ]
        }
      }),
      {annual: true}
    );
    expect(stdout).toBe(expected);
    expect(stdout.split("\n")[0].startsWith("year,")).toBe(true);
  });
  it("writes --out atomically and says so on stderr, keeping stdout clean", async () => {
    const out = join(dir, "p.json");
    const {code, stdout, stderr} = await spawn("run", "--scenario", "compute-push", "--format", "json", "--annual", "--out", out);
    expect(code).toBe(0);
    expect(stdout).toBe("");
    expect(stderr).toMatch(/wrote/);
    const json = JSON.parse(readFileSync(out, "utf8"));
    expect(json.year[0]).toBe(2023);
    expect(json.series.compute_gap_beijing_pflops).toHaveLength(13);
    expect(json.scenario.version).toBe(1);
  });
  it("the JSON's scenario is a file the CLI accepts and reproduces the run", async () => {
    const out = join(dir, "s.json");
    await spawn("run", "--set", "talent=1.3", "--format", "json", "--out", out);
    const scenarioFile = join(dir, "scenario.json");
    writeFileSync(scenarioFile, JSON.stringify(JSON.parse(readFileSync(out, "utf8")).scenario));
    const [a, b] = await Promise.all([spawn("run", "--annual", "--scenario", scenarioFile), spawn("run", "--annual", "--set", "talent=1.3")]);
    expect(a.stdout).toBe(b.stdout);
  });
});

describe("bad input: exit 2, one line naming the field and what is allowed, no file", () => {
  const file = (name: string, text: string) => {
    const path = join(dir, name);
    writeFileSync(path, text);
    return path;
  };
  it.each([
    [["run", "--set", "compute_subsidy=0.9"], "shapan run: levers.compute_subsidy must be between 0 and 0.8 (share of compute cost), got 0.9\n"],
    [["run", "--set", "public_compute=NaN"], /^shapan run: levers\.public_compute must be between 0 and 200000 \(PFLOPS\/yr\), got NaN\n$/],
    [["run", "--set", "nope=1"], /^shapan run: levers\.nope is not a lever; levers are compute_subsidy, /],
    [["run", "--set", "talent=import('x')"], /^shapan run: levers\.talent formula may not call import\(\)/],
    [["run", "--set", "talent=1 +"], /^shapan run: levers\.talent is not a valid formula in t/],
    [["run", "--set", "talent"], /^shapan run: --set takes LEVER=VALUE, got "talent"/],
    [["run", "--to", "2101"], /^shapan run: time\.to must be at most 2100, got 2101\n$/],
    [["run", "--from", "2030", "--to", "2025"], /^shapan run: time\.to must be at least time\.from \(2030\), got 2025\n$/],
    [["run", "--to", "soon"], /^shapan run: time\.to must be a whole year between 2023 and 2100, got "soon"\n$/],
    [["run", "--step", "week"], /^shapan run: time\.step must be one of "month", "quarter", "year", got "week"\n$/],
    [["run", "--outputs", "gdp"], /^shapan run: --outputs names unknown output "gdp"/],
    [["run", "--format", "xml"], /^shapan run: --format must be one of csv, json, got "xml"\n$/],
    [["run", "--scenario", "nope"], /^shapan run: scenario "nope" is neither a preset nor a \.json file; presets are baseline, /],
    [["run", "--bogus"], /^shapan run: Unknown option '--bogus' \(see `shapan run --help`\)\n$/],
    [["frobnicate"], /^shapan: unknown command "frobnicate"; commands are run, compare/],
    [["compare", "baseline"], /^shapan compare: compare needs at least two scenarios/]
  ])("%j", async (argv, message) => {
    const out = join(dir, `never-${Math.random()}.csv`);
    const {code, stdout, stderr} = await cli(...argv, ...(argv[0] === "run" ? ["--out", out] : []));
    expect(code).toBe(2);
    expect(stdout).toBe("");
    if (typeof message === "string") expect(stderr).toBe(message);
    else expect(stderr).toMatch(message);
    expect(stderr.trim().split("\n")).toHaveLength(1);
    expect(existsSync(out)).toBe(false);
  });
  it("a file that is not JSON, or not a scenario", async () => {
    expect((await cli("run", "--scenario", file("bad.json", "{levers:"))).stderr).toMatch(/^shapan run: scenario file .*bad\.json is not valid JSON/);
    expect((await cli("run", "--scenario", file("v2.json", '{"version": 2}'))).stderr).toBe("shapan run: version must be 1, got 2\n");
    expect((await cli("run", "--scenario", file("range.json", '{"version": 1, "levers": {"talent": [[2024, 5]]}}'))).stderr).toBe(
      "shapan run: levers.talent must be between 0.5 and 2 (index, 2023 = 1), got 5 at t = 2024\n"
    );
    expect((await cli("run", "--scenario", join(dir, "missing.json"))).stderr).toMatch(/cannot be read \(ENOENT\)/);
  });
  it("spawned: no stack trace and exit code 2", async () => {
    const {code, stderr} = await spawn("run", "--set", "compute_subsidy=2", "--out", join(dir, "x.csv"));
    expect(code).toBe(2);
    expect(stderr).not.toMatch(/\bat .*\.(js|ts):\d+/);
    expect(existsSync(join(dir, "x.csv"))).toBe(false);
  });
});

describe("other commands", () => {
  it("compare shows scenarios side by side with differences", async () => {
    const {code, stdout} = await cli("compare", "baseline", "compute-push", "--years", "2025,2030", "--format", "csv", "--outputs", "compute_gap_pflops");
    expect(code).toBe(0);
    const [header, ...rows] = stdout.trim().split("\n");
    expect(header).toBe("year,output,baseline,compute-push,compute-push-baseline");
    expect(rows).toHaveLength(2);
    for (const row of rows) {
      const [, , a, b, d] = row.split(",").map(Number);
      expect(d).toBeCloseTo(b - a, 6);
    }
  });
  it("levers, scenarios, outputs, parameters and facts list the declarations", async () => {
    const levers = JSON.parse((await cli("levers", "--format", "json")).stdout);
    expect(levers.map((l: {id: string}) => l.id)).toEqual(engine.data.levers.map((l) => l.id));
    expect(levers.every((l: {label: string; zh: string}) => l.label && l.zh)).toBe(true);
    expect((await cli("scenarios")).stdout).toMatch(/beijing-plan/);
    expect((await cli("outputs", "--format", "csv")).stdout.split("\n")[0]).toBe("id,label,zh,unit,kind,annual");
    expect((await cli("parameters")).stdout).toMatch(/accelerator_life/);
    const facts = JSON.parse((await cli("facts", "--format", "json")).stdout);
    expect(facts.find((f: {id: string}) => f.id === "market-2023").within).toBe("yes");
  });
  it("every command has --help", async () => {
    const {stdout: root} = await cli("--help");
    const names = [...root.matchAll(/^ {2}(\w+)\s{2,}/gm)].map((m) => m[1]);
    expect(names).toContain("run");
    for (const name of names) {
      const {code, stdout} = await cli(name, "--help");
      expect(code).toBe(0);
      expect(stdout).toMatch(new RegExp(`^Usage: shapan ${name}`));
    }
    expect((await cli("run", "--help")).stdout).toMatch(/--set LEVER=VALUE/);
  });
  it("no command prints help to stderr and exits 2", async () => {
    const {code, stderr} = await cli();
    expect(code).toBe(2);
    expect(stderr).toMatch(/^shapan: policy-and-market simulation/);
  });
});
