import {mkdtempSync, readFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {describe, expect, it} from "vitest";
import {cli} from "../support/cli.js";

const dir = mkdtempSync(join(tmpdir(), "shapan-flags-"));
const version = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")).version;

describe("duplicate and conflicting flags are refused: exit 2, one line", () => {
  it.each([
    [["run", "--format", "json", "--format", "csv"], "shapan run: --format is given twice (json, csv); give it once"],
    [["run", "-f", "json", "--format", "json"], "shapan run: --format is given twice (json, json); give it once"],
    [["run", "--annual", "-a"], "shapan run: --annual is given twice; give it once"],
    [["run", "--out", join(dir, "a.csv"), "-o", join(dir, "b.csv")], `shapan run: --out is given twice (${join(dir, "a.csv")}, ${join(dir, "b.csv")}); give it once`],
    [["run", "--to", "2030", "--to", "2031"], "shapan run: --to is given twice (2030, 2031); give it once"],
    [["run", "--set", "talent=1", "--set", "talent=1.5"], "shapan run: --set sets talent twice; give each lever once"],
    [["run", "--param", "accelerator_life=4", "--param", "accelerator_life=5"], "shapan run: --param sets accelerator_life twice; give each parameter once"],
    [["run", "--format", "json", "--out", join(dir, "a.csv")], `shapan run: --format json contradicts --out ${join(dir, "a.csv")}, which names a .csv file; make them agree or drop one`],
    [
      ["compare", "baseline", "open-data", "--format", "table", "--out", join(dir, "c.json")],
      `shapan compare: --format table contradicts --out ${join(dir, "c.json")}, which names a .json file; make them agree or drop one`
    ],
    [["schema", "--out", join(dir, "s.csv")], `shapan schema: --out ${join(dir, "s.csv")} names a .csv file, but the output is json; name the file to match the format`],
    [
      ["optimize", "--goal", "market_bn_rmb@2030 >= 1", "--levers", "talent", "--out", join(dir, "mix.csv")],
      `shapan optimize: --out ${join(dir, "mix.csv")} names a .csv file, but the output is json; name the file to match the format`
    ],
    [["calibrate", "--dry-run", "--out", join(dir, "cal.json")], "shapan calibrate: --dry-run writes no file, so --out cannot be used with it"],
    [["sensitivity", "--output", "market_bn_rmb", "--year", "2030", "--samples", "8"], "shapan sensitivity: --samples applies to --method sobol only"],
    [["compare", "baseline", "open-data", "--scenario", "compute-push"], "shapan compare: --scenario is not used by compare: name the scenarios as arguments (shapan compare compute-push OTHER)"],
    [
      ["mc", "--within", "2"],
      "shapan mc: --within is no longer an option: --calibrated now draws from the posterior sample of data/calibration.json (written by `shapan calibrate`) instead of filtering prior draws by tolerance"
    ],
    [["run", "--outputs", "market_bn_rmb,quality_index,market_bn_rmb"], 'shapan run: --outputs names "market_bn_rmb" twice'],
    [["compare", "baseline", "open-data", "baseline"], 'shapan compare: compare names "baseline" twice'],
    [["compare", "baseline", "open-data", "--years", "2025,2025"], "shapan compare: --years names 2025 twice"],
    [["optimize", "--goal", "market_bn_rmb@2030 >= 1", "--levers", "talent,talent"], 'shapan optimize: --levers names "talent" twice'],
    [["calibrate", "--dry-run", "--parameters", "adoption_initial,adoption_initial"], 'shapan calibrate: --parameters names "adoption_initial" twice']
  ])("%j", async (argv, message) => {
    const {code, stdout, stderr} = await cli(...argv);
    expect(code, stderr).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toBe(`${message}\n`);
  });
  it("without --format, an --out named .json or .csv picks that format", async () => {
    const out = join(dir, "p.json");
    expect((await cli("run", "--annual", "--to", "2024", "--out", out)).code).toBe(0);
    expect(JSON.parse(readFileSync(out, "utf8")).year).toEqual([2023, 2024]);
    const levers = join(dir, "levers.csv");
    expect((await cli("levers", "--out", levers)).code).toBe(0);
    expect(readFileSync(levers, "utf8").split("\n")[0]).toMatch(/^id,label,/);
  });
});

describe("version and help", () => {
  it("-v and --version print the package's version; the help lists both", async () => {
    for (const flag of ["-v", "--version"]) expect(await cli(flag)).toEqual({code: 0, stdout: `shapan ${version}\n`, stderr: ""});
    const help = (await cli("--help")).stdout;
    expect(help).toMatch(/^ {2}-v, --version {4}print the version$/m);
    expect(help).toMatch(/^ {2}-h, --help /m);
  });
  it("`shapan help COMMAND` is `shapan COMMAND --help`", async () => {
    const [a, b] = await Promise.all([cli("help", "mc"), cli("mc", "--help")]);
    expect(a.code).toBe(0);
    expect(a.stdout).toBe(b.stdout);
    expect(a.stdout).toMatch(/^Usage: shapan mc /);
  });
});
