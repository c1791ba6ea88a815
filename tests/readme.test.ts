import {execFile} from "node:child_process";
import {existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {fileURLToPath, pathToFileURL} from "node:url";
import {describe, expect, it} from "vitest";
import {engine, parseScenario} from "../src/index.js";

// Issue 9: every code example in the README and every script in examples/ runs in CI. The README's
// blocks are read as written: shell lines run through bash with `npx shapan` as the compiled CLI
// (bin/shapan.js, lib/ built by pretest), JavaScript against lib/, the scenario JSON through the
// engine and as the file the shell lines name.

const root = fileURLToPath(new URL("..", import.meta.url));
const readme = readFileSync(join(root, "README.md"), "utf8");
const blocks = [...readme.matchAll(/^```(\w+)\n([\s\S]*?)^```$/gm)].map(([, language, code]) => ({language, code}));

/** Shell lines this test does not run, each with the reason; any other line must run. */
const notRunHere: Record<string, string> = {
  "npm ci": ".ci/run's first step",
  "npm run project": ".ci/run runs it",
  "npm test": "this suite",
  "npm start": "a preview server, running until stopped",
  "npm run build": ".ci/run builds the site and drives it in Chromium",
  "npm run bench": "minutes of timing, for an idle machine",
  "npm run notebook -- compute-vouchers": "writes a page into src/docs/notebooks",
  "npx shapan calibrate --steps 180000 --seed 1 --out data/calibration.json": "minutes of sampling, and it rewrites data/calibration.json",
  "npx shapan backtest --steps 80000 --seed 1 --format json --out data/backtest.json": "minutes of sampling, and it rewrites data/backtest.json"
};

// A line's comment starts at an unquoted # (none of the README's commands quote one).
const shellLines = blocks
  .filter((b) => b.language === "sh")
  .flatMap((b) => b.code.split("\n"))
  .map((line) => line.replace(/\s#.*$/, "").trim())
  .filter((line) => line !== "" && !line.startsWith("#"));
const scenarios = blocks.filter((b) => b.language === "json");
const scripts = blocks.filter((b) => b.language === "js" || b.language === "ts");

function run(file: string, args: string[], cwd: string): Promise<{code: number; stdout: string; stderr: string}> {
  return new Promise((resolve) => {
    execFile(file, args, {cwd, maxBuffer: 64 * 1024 * 1024}, (error, stdout, stderr) => resolve({code: error ? (typeof error.code === "number" ? error.code : 1) : 0, stdout, stderr}));
  });
}

describe("README.md", () => {
  const dir = mkdtempSync(join(tmpdir(), "shapan-readme-"));
  // The scenario block is the file the shell lines call my-scenario.json.
  writeFileSync(join(dir, "my-scenario.json"), scenarios[0]?.code ?? "");

  it("has shell, JSON and JavaScript blocks, and every shell line is either run here or says why not", () => {
    expect(shellLines.length).toBeGreaterThan(10);
    expect(scenarios).toHaveLength(1);
    expect(scripts.length).toBeGreaterThan(0);
    for (const line of shellLines) expect(line in notRunHere || line.startsWith("npx shapan "), line).toBe(true);
    for (const line of Object.keys(notRunHere)) expect(shellLines, `${line} is no longer in the README`).toContain(line);
  });

  it("the scenario block is a valid scenario, and runs", () => {
    const scenario = parseScenario(JSON.parse(scenarios[0].code));
    expect(engine.simulate(scenario).annual.years.at(-1)).toBe(2035);
  });

  it.concurrent.each(shellLines.filter((line) => !(line in notRunHere)))("$ %s", async (line) => {
    const {code, stdout, stderr} = await run("bash", ["-c", line.replace(/^npx shapan /, `"${process.execPath}" "${join(root, "bin/shapan.js")}" `)], dir);
    expect(code, stderr).toBe(0);
    const out = /--out (\S+)/.exec(line)?.[1];
    if (out) expect(existsSync(join(dir, out)), out).toBe(true);
    else expect(stdout.length).toBeGreaterThan(0);
  });

  it.each(scripts.map((s, i) => [i, s.code] as const))("JavaScript block %i runs against lib/", async (i, code) => {
    const file = join(dir, `block-${i}.mjs`);
    writeFileSync(file, code.replaceAll('from "shapan"', `from "${pathToFileURL(join(root, "lib/index.js"))}"`));
    const {code: exit, stderr} = await run(process.execPath, [file], dir);
    expect(exit, stderr).toBe(0);
  });
});

describe("examples/", () => {
  const examples = readdirSync(join(root, "examples")).filter((f) => f.endsWith(".mjs"));
  it("holds the scripts the README and issue 9 name", () => {
    expect(examples).toEqual(expect.arrayContaining(["compare-compute-policies.mjs", "run-scenario.mjs", "monte-carlo.mjs", "goal-seek.mjs"]));
  });
  it.concurrent.each(examples)("node examples/%s runs and prints its answer", async (file) => {
    const {code, stdout, stderr} = await run(process.execPath, [join("examples", file)], root);
    expect(code, stderr).toBe(0);
    expect(stderr).toBe("");
    expect(stdout.trim().split("\n").length).toBeGreaterThan(1);
    expect(stdout).not.toMatch(/NaN|undefined/);
  });
});
