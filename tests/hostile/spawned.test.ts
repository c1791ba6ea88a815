import {execFile, spawn as start} from "node:child_process";
import {existsSync, mkdtempSync, readdirSync, readFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {describe, expect, it} from "vitest";
import {spawn} from "../support/cli.js";

// What needs a real process: exit codes, stdout, signals, the current directory.
const root = new URL("../..", import.meta.url).pathname;
const bin = join(root, "bin/shapan.js");

describe("the real binary", () => {
  it("exit codes and streams: --version, -v, an unknown command, --out -", async () => {
    const [version, short, unknown, dash] = await Promise.all([spawn("--version"), spawn("-v"), spawn("frobnicate"), spawn("levers", "--format", "csv", "--out", "-")]);
    const expected = `shapan ${JSON.parse(readFileSync(join(root, "package.json"), "utf8")).version}\n`;
    expect(version).toEqual({code: 0, stdout: expected, stderr: ""});
    expect(short).toEqual(version);
    expect(unknown.code).toBe(2);
    expect(unknown.stdout).toBe("");
    expect(unknown.stderr).toMatch(/^shapan: unknown command "frobnicate"; commands are run, [^\n]*\n$/);
    expect(dash.code).toBe(0);
    expect(dash.stdout.split("\n")[0]).toMatch(/^id,label,/);
    expect(existsSync(join(root, "-"))).toBe(false);
  });

  it("SIGINT or SIGTERM during a long mc kills it as the signal does, leaving no file and no temporary file", async () => {
    const dir = mkdtempSync(join(tmpdir(), "shapan-signal-"));
    const interrupt = (signal: NodeJS.Signals) =>
      new Promise<{code: number | null; signal: NodeJS.Signals | null; stderr: string}>((resolve) => {
        // About 100,000 runs on one thread: seconds of work, interrupted well before the end.
        const child = start(process.execPath, [bin, "mc", "--runs", "100000", "--annual", "--workers", "1", "--out", join(dir, `${signal}.csv`)], {stdio: ["ignore", "ignore", "pipe"]});
        let stderr = "";
        child.stderr.on("data", (chunk) => (stderr += chunk));
        const timer = setTimeout(() => child.kill(signal), 1500);
        child.on("exit", (code, killedBy) => {
          clearTimeout(timer);
          resolve({code, signal: killedBy, stderr});
        });
      });
    const [int, term] = await Promise.all([interrupt("SIGINT"), interrupt("SIGTERM")]);
    expect(int).toEqual({code: null, signal: "SIGINT", stderr: ""});
    expect(term).toEqual({code: null, signal: "SIGTERM", stderr: ""});
    expect(readdirSync(dir)).toEqual([]);
  });

  it("calibrate writes ./calibration.json in the current directory, never the package's data/", async () => {
    const dir = mkdtempSync(join(tmpdir(), "shapan-calibrate-"));
    const committed = readFileSync(join(root, "data/calibration.json"), "utf8");
    const result = await new Promise<{code: number; stderr: string}>((resolve) => {
      execFile(
        process.execPath,
        [bin, "calibrate", "--parameters", "adoption_initial", "--skip-missing", "--method", "rk4", "--steps", "20", "--walkers", "6", "--draws", "10"],
        {cwd: dir},
        (error, _stdout, stderr) => resolve({code: error ? Number(error.code ?? 1) : 0, stderr})
      );
    });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toBe("shapan: wrote calibration.json\n");
    expect(Object.keys(JSON.parse(readFileSync(join(dir, "calibration.json"), "utf8")).parameters)).toEqual(["adoption_initial"]);
    expect(readFileSync(join(root, "data/calibration.json"), "utf8")).toBe(committed);
  });
});
