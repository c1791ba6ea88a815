import {describe, expect, it} from "vitest";
import {data} from "../../src/index.js";
import {loadCalibration} from "../../src/node/loadCalibration.js";
import {cli} from "../support/cli.js";

const cells = data.levers.length * 7 * data.signs!.years.length;

describe("shapan signs", () => {
  it("prints every declared sign with the sweep at the calibrated point, one row per lever, output and year", async () => {
    const r = await cli("signs", "--draws", "0");
    expect(r.code, r.stderr).toBe(0);
    const lines = r.stdout.trim().split("\n");
    expect(lines[0].split(/\s+/)).toEqual(["lever", "output", "year", "declared", "point", "agreement"]);
    expect(lines.length).toBe(1 + cells + data.signs!.net.reduce((n, s) => n + Object.keys(s.sign).length, 0));
    const regulation = lines.find((l) => /^regulation\s+providers_total\s+2030\s/.test(l))!;
    expect(regulation.split(/\s+/).slice(3)).toEqual(["-", "-"]);
    expect(r.stderr).toMatch(new RegExp(`^shapan signs: ${cells} declared signs and \\d+ net statements, at the calibrated point: \\d+ contradicted at the point\\n$`));
  });

  it("gives the declarations, the sweep and the draws' counts as JSON", async () => {
    const r = await cli("signs", "--draws", "0", "--format", "json");
    expect(r.code, r.stderr).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json).toMatchObject({points: 11, draws: 0});
    expect(json.cells).toHaveLength(cells);
    const talent = json.cells.find((c: {lever: string; output: string; year: number}) => c.lever === "talent" && c.output === "providers_total" && c.year === 2027);
    expect(talent).toMatchObject({declared: "+", point: "+", agreement: null, draws: {"+": 0, "-": 0, "0": 0, mixed: 0}});
    expect(talent.values).toHaveLength(11);
    expect(talent.values[10]).toBeGreaterThan(talent.values[0]);
  });

  it("lists the levers and outputs it checks in its help, from the declarations", async () => {
    const r = await cli("signs", "--help");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`Levers: ${data.levers.map((l) => l.id).join(", ")}`);
    expect(r.stdout).toContain("Outputs: market_bn_rmb, providers_total");
  });

  it("refuses a bad --draws or --format with exit 2 and one line", async () => {
    const draws = loadCalibration()!.sample.draws.length;
    for (const [argument, message] of [
      ["--draws=-1", '--draws must be an integer between 0 and 100000, got "-1"'],
      ["--draws=2.5", '--draws must be an integer between 0 and 100000, got "2.5"'],
      [`--draws=${draws + 1}`, `--draws must be at most ${draws} (the posterior sample's draws), got ${draws + 1}`],
      ["--format=csv", "--format"],
      [["--draws", "-1"], "--draws needs a value; write one that starts with a dash as --draws=-…"]
    ] as Array<[string | string[], string]>) {
      const r = await cli("signs", ...[argument].flat());
      expect(r.code, String(argument)).toBe(2);
      expect(r.stderr).toContain(`shapan signs: ${message}`);
      expect(r.stderr.trim().split("\n")).toHaveLength(1);
      expect(r.stdout).toBe("");
    }
  });
});
