import {execFileSync} from "node:child_process";
import {chmodSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, statSync, symlinkSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {describe, expect, it} from "vitest";
import {outputFiles} from "../../src/cli/outputFiles.js";
import {UsageError} from "../../src/cli/usageError.js";
import {cli} from "../support/cli.js";

const dir = mkdtempSync(join(tmpdir(), "shapan-out-"));
const path = (...parts: string[]) => join(dir, ...parts);

describe("--out is checked before any work: exit 2 naming --out, nothing written or replaced", () => {
  mkdirSync(path("readonly"));
  chmodSync(path("readonly"), 0o555);
  writeFileSync(path("locked.csv"), "keep me\n");
  chmodSync(path("locked.csv"), 0o444);
  writeFileSync(path("real.csv"), "keep me too\n");
  symlinkSync(path("real.csv"), path("link.csv"));
  mkdirSync(path("folder.csv"));
  execFileSync("mkfifo", [path("fifo.csv")]);
  it.each([
    ["a missing directory", path("missing", "p.csv"), `--out ${path("missing", "p.csv")} cannot be written: the directory ${path("missing")} does not exist`],
    ["a file as directory", path("real.csv", "p.csv"), `--out ${path("real.csv", "p.csv")} cannot be written: ${path("real.csv")} is not a directory`],
    ["a read-only directory", path("readonly", "p.csv"), `--out ${path("readonly", "p.csv")} cannot be written: the directory ${path("readonly")} is not writable`],
    ["a directory", path("folder.csv"), `--out ${path("folder.csv")} is a directory; give a file name`],
    ["a trailing slash", `${path("new")}/`, `--out ${path("new")}/ names a directory; give a file name`],
    ["a read-only file", path("locked.csv"), `--out ${path("locked.csv")} is read-only; it is not replaced`],
    ["a symbolic link", path("link.csv"), `--out ${path("link.csv")} is a symbolic link; give the path of the file it points to (a link is never replaced or written through)`],
    ["a FIFO", path("fifo.csv"), `--out ${path("fifo.csv")} is a FIFO, not a regular file; use --out - and redirect instead`],
    ["/dev/null", "/dev/null", "--out /dev/null is a device, not a regular file; use --out - and redirect instead"],
    ["an empty name", "", "--out must name a file, or - for stdout"]
  ])("%s", async (_what, out, message) => {
    // 100,000 runs would take seconds: the refusal comes before any of them (no progress summary).
    const {code, stdout, stderr} = await cli("mc", "--runs", "100000", "--annual", "--out", out);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toBe(`shapan mc: ${message}\n`);
  });
  it("left everything as it was", () => {
    expect(readFileSync(path("locked.csv"), "utf8")).toBe("keep me\n");
    expect(lstatSync(path("link.csv")).isSymbolicLink()).toBe(true);
    expect(readlinkSync(path("link.csv"))).toBe(path("real.csv"));
    expect(readFileSync(path("real.csv"), "utf8")).toBe("keep me too\n");
    expect(statSync("/dev/null").isCharacterDevice()).toBe(true);
    expect(lstatSync(path("fifo.csv")).isFIFO()).toBe(true);
    expect(readdirSync(path("readonly"))).toEqual([]);
    expect(readdirSync(dir).sort()).toEqual(["fifo.csv", "folder.csv", "link.csv", "locked.csv", "readonly", "real.csv"]);
  });
});

describe("--out writes a complete file or none", () => {
  it("replaces a writable file, keeping its permissions, and leaves no temporary file", async () => {
    const sub = mkdtempSync(join(dir, "ok-"));
    const out = join(sub, "p.csv");
    writeFileSync(out, "old\n");
    chmodSync(out, 0o600);
    const {code, stderr} = await cli("run", "--annual", "--to", "2024", "--out", out);
    expect(code, stderr).toBe(0);
    expect(stderr).toBe(`shapan: wrote ${out}\n`);
    expect(readFileSync(out, "utf8")).toMatch(/^year,/);
    expect(statSync(out).mode & 0o777).toBe(0o600);
    expect(readdirSync(sub)).toEqual(["p.csv"]);
  });
  it("--out - is stdout, and no file named - appears", async () => {
    const [dash, plain] = await Promise.all([cli("run", "--annual", "--to", "2024", "--out", "-"), cli("run", "--annual", "--to", "2024")]);
    expect(dash).toEqual({code: 0, stdout: plain.stdout, stderr: ""});
    expect(existsSync("-")).toBe(false);
  });
  it("a target turned into a symbolic link while the command ran is refused, and the temporary file removed", async () => {
    const sub = mkdtempSync(join(dir, "race-"));
    const out = join(sub, "p.csv");
    const files = outputFiles({stdout: () => {}, stderr: () => {}, interactive: false});
    const output = files.open(out, "csv");
    writeFileSync(join(sub, "elsewhere"), "untouched\n");
    symlinkSync(join(sub, "elsewhere"), out);
    await expect(output.write("a,b\n")).rejects.toThrow(new UsageError(`--out ${out} is a symbolic link; give the path of the file it points to (a link is never replaced or written through)`));
    files.discard();
    expect(readdirSync(sub).sort()).toEqual(["elsewhere", "p.csv"]);
    expect(readFileSync(join(sub, "elsewhere"), "utf8")).toBe("untouched\n");
  });
});
