import {execFileSync} from "node:child_process";
import {mkdirSync, mkdtempSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {describe, expect, it} from "vitest";
import {data, engine, resolveScenario, ScenarioError} from "../../src/index.js";
import {cli} from "../support/cli.js";

const dir = mkdtempSync(join(tmpdir(), "shapan-hostile-"));
const file = (name: string, content: string | Buffer) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

/** Runs `shapan run` in-process and checks the one-line refusal. */
async function refused(argv: string[], message: string | RegExp) {
  const {code, stdout, stderr} = await cli(...argv);
  expect(code, stderr).toBe(2);
  expect(stdout).toBe("");
  expect(stderr.trim().split("\n")).toHaveLength(1);
  if (typeof message === "string") expect(stderr).toBe(`${message}\n`);
  else expect(stderr).toMatch(message);
}

describe("reserved keys are refused by name: file, --set, --param, library", () => {
  it.each([
    [["run", "--set", "__proto__=1"], "shapan run: levers.__proto__ is a reserved name, never a lever id"],
    [["run", "--set", "constructor=0.5"], "shapan run: levers.constructor is a reserved name, never a lever id"],
    [["run", "--set", "prototype=0.5"], "shapan run: levers.prototype is a reserved name, never a lever id"],
    [["run", "--param", "__proto__=1"], "shapan run: parameters.__proto__ is a reserved name, never a parameter id"],
    [["run", "--param", "constructor=1"], "shapan run: parameters.constructor is a reserved name, never a parameter id"],
    [["run", "--scenario", file("proto.json", '{"version": 1, "levers": {"__proto__": 1}}')], "shapan run: levers.__proto__ is a reserved name, never a lever id"],
    [["run", "--scenario", file("proto-p.json", '{"version": 1, "parameters": {"__proto__": {"x": 1}}}')], "shapan run: parameters.__proto__ is a reserved name, never a parameter id"],
    [["run", "--scenario", file("ctor.json", '{"version": 1, "levers": {"constructor": 1}}')], "shapan run: levers.constructor is a reserved name, never a lever id"],
    [["run", "--scenario", file("ext.json", '{"version": 1, "extends": "constructor"}')], /^shapan run: extends names no preset "constructor"; presets are baseline, /],
    [["run", "--scenario", "__proto__"], /^shapan run: scenario "__proto__" is neither a preset nor a \.json file; presets are /]
  ])("%j", (argv, message) => refused(argv, message));
  it("the library refuses them too, and a parsed __proto__ key pollutes nothing", () => {
    const declarations = {levers: data.levers, parameters: data.parameters, scenarios: data.scenarios};
    expect(() => resolveScenario(JSON.parse('{"version": 1, "levers": {"__proto__": {"polluted": 1}}}'), declarations)).toThrow(ScenarioError);
    expect(() => engine.resolve(JSON.parse('{"version": 1, "parameters": {"__proto__": 1}}'))).toThrow(/^parameters\.__proto__ is a reserved name/);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('unknown names get a "did you mean"', () => {
  it.each([
    [["run", "--set", "talnet=1"], /^shapan run: levers\.talnet is not a lever; did you mean talent\? levers are compute_subsidy, /],
    [["run", "--param", "accelerator_lif=3"], /^shapan run: parameters\.accelerator_lif is not a parameter; did you mean accelerator_life\? run `shapan parameters`/],
    [["run", "--outputs", "market_bn_rbm"], /^shapan run: --outputs names unknown output "market_bn_rbm"; did you mean market_bn_rmb\? run `shapan outputs`/],
    [["run", "--scenario", "compute-psh"], /^shapan run: scenario "compute-psh" is neither a preset nor a \.json file; did you mean compute-push\? presets are /],
    [["run", "--scenario", file("levrs.json", '{"version": 1, "levrs": {}}')], /^shapan run: scenario has unknown field levrs; did you mean levers\? allowed: \$schema, version, /],
    [["run", "--scenario", file("ext2.json", '{"version": 1, "extends": "open-dta"}')], /^shapan run: extends names no preset "open-dta"; did you mean open-data\? presets are /],
    [["sensitivity", "--output", "providers_totl", "--year", "2030"], /^shapan sensitivity: --output names unknown output "providers_totl"; did you mean providers_total\?/],
    [["calibrate", "--parameters", "adoption_intial"], /^shapan calibrate: --parameters names unknown parameter "adoption_intial"; did you mean adoption_initial\?/],
    [["optimize", "--goal", "market_bn_rmb@2030 >= 1", "--levers", "talnt"], /^shapan optimize: --levers names unknown lever "talnt"; did you mean talent\?/],
    [["rnu"], /^shapan: unknown command "rnu"; did you mean run\? commands are run, compare, /],
    [["--verison"], /^shapan: unknown option "--verison"; did you mean --version\?/],
    [["run", "--ouputs", "x"], "shapan run: Unknown option '--ouputs'; did you mean --outputs? (see `shapan run --help`)"],
    [["run", "--format", "jsn"], 'shapan run: --format must be one of csv, json, got "jsn"; did you mean json?']
  ])("%j", (argv, message) => refused(argv, message));
});

describe("--scenario reads only a regular file of at most 1 MB", () => {
  const fifo = join(dir, "fifo");
  execFileSync("mkfifo", [fifo]);
  mkdirSync(join(dir, "folder.json"));
  it.each([
    ["a FIFO with no writer (it used to hang)", fifo, `shapan run: scenario file ${fifo} is a FIFO, not a regular file`],
    ["/dev/zero (it used to run out of memory)", "/dev/zero", "shapan run: scenario file /dev/zero is a character device, not a regular file"],
    ["a directory", join(dir, "folder.json"), `shapan run: scenario file ${join(dir, "folder.json")} is a directory, not a regular file`],
    ["a file over 1 MB", file("big.json", " ".repeat(1024 * 1024 + 1)), `shapan run: scenario file ${join(dir, "big.json")} is larger than 1 MB (1048577 bytes)`],
    ["a missing file", join(dir, "missing.json"), `shapan run: scenario file ${join(dir, "missing.json")} cannot be read (ENOENT)`],
    ["text that is not UTF-8", file("latin1.json", Buffer.from('{"version": 1, "name": "caf\xe9"}', "latin1")), `shapan run: scenario file ${join(dir, "latin1.json")} is not UTF-8 text`],
    [
      "a JSON error (line and column)",
      file("bad.json", '{\n  "version": 1,\n  "levers": {talent: 1}\n}'),
      `shapan run: scenario file ${join(dir, "bad.json")} is not valid JSON: line 3, column 14: invalid symbol`
    ],
    ["a trailing comma", file("comma.json", '{"version": 1,\n}'), `shapan run: scenario file ${join(dir, "comma.json")} is not valid JSON: line 2, column 1: property name expected`],
    ["an empty file", file("empty.json", ""), `shapan run: scenario file ${join(dir, "empty.json")} is not valid JSON: line 1, column 1: value expected`],
    ["no version", file("nov.json", '{"levers": {"talent": 1.2}}'), 'shapan run: version is missing: a scenario starts with "version": 1'],
    ["a wrong version", file("v2.json", '{"version": 2}'), "shapan run: version must be 1, got 2"],
    ["a label without en", file("label.json", '{"version": 1, "label": {"zh": "情景"}}'), "shapan run: label.en is missing"]
  ])("%s", (_what, path, message) => refused(["run", "--annual", "--scenario", path], message));
  it("accepts a UTF-8 byte order mark", async () => {
    const path = file("bom.json", `\ufeff${JSON.stringify({version: 1, levers: {talent: 1.2}})}`);
    const [withBom, plain] = await Promise.all([cli("run", "--annual", "--to", "2025", "--scenario", path), cli("run", "--annual", "--to", "2025", "--set", "talent=1.2")]);
    expect(withBom.code, withBom.stderr).toBe(0);
    expect(withBom.stdout).toBe(plain.stdout);
  });
});
