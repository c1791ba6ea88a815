import {spawnSync} from "node:child_process";
import {cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {afterEach, describe, expect, test, vi} from "vitest";

const ROOT = new URL("../../", import.meta.url).pathname;
const notebook = (root: string, ...args: string[]) => spawnSync("node", ["scripts/new-notebook.mjs", ...args, "--root", root], {cwd: ROOT, encoding: "utf8"});

describe("npm run notebook -- NAME", () => {
  const roots: string[] = [];
  afterEach(() => {
    for (const root of roots.splice(0)) rmSync(root, {recursive: true, force: true});
    delete process.env.SHAPAN_SITE_ROOT;
  });
  const root = () => {
    const dir = mkdtempSync(join(tmpdir(), "shapan-notebook-"));
    roots.push(dir);
    mkdirSync(join(dir, "notebooks"));
    cpSync(join(ROOT, "src/docs/notebooks/_template.md"), join(dir, "notebooks/_template.md"));
    return dir;
  };

  test("writes a page from the template, which the navigation then lists under Notebooks", async () => {
    const dir = root();
    const run = notebook(dir, "compute-vouchers");
    expect(run.status, run.stderr).toBe(0);
    const page = readFileSync(join(dir, "notebooks/compute-vouchers.md"), "utf8");
    expect(page).toMatch(/^---\n+title: compute-vouchers\n/);
    expect(page).toContain('import * as Plot from "@observablehq/plot";');
    process.env.SHAPAN_SITE_ROOT = dir;
    vi.resetModules();
    const {default: config} = await import("../../observablehq.config.js");
    expect(config.pages).toEqual([{name: "Notebooks", pages: [{name: "compute-vouchers", path: "/notebooks/compute-vouchers"}]}]);
  });

  test("refuses a name that is not lower-case words, and a page that exists, with one line and exit 2", () => {
    const dir = root();
    for (const bad of ["My Notebook", "../escape", ""]) {
      const run = notebook(dir, ...(bad ? [bad] : []));
      expect(run.status, bad).toBe(2);
      expect(run.stderr.trim().split("\n").length).toBe(1);
    }
    expect(notebook(dir, "twice").status).toBe(0);
    const again = notebook(dir, "twice");
    expect(again.status).toBe(2);
    expect(again.stderr).toMatch(/exists already/);
  });
});
