import {spawnSync} from "node:child_process";
import {cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {describe, expect, test} from "vitest";
import {countErrors, ROOT, useSite} from "./harness.js";

const site = useSite();

/** Runs scripts/build-site.sh on a source root into an output folder, as `npm run build` does. */
function build(root: string, output: string) {
  const started = performance.now();
  const run = spawnSync("bash", ["scripts/build-site.sh"], {cwd: ROOT, encoding: "utf8", env: {...process.env, SHAPAN_SITE_ROOT: root, SHAPAN_SITE_OUTPUT: output}});
  return {status: run.status, output: run.stdout + run.stderr, seconds: (performance.now() - started) / 1000};
}

describe("a notebook of one's own", () => {
  test("the template page (built with the site) runs the engine on a preset, with a lever and a chart", async () => {
    const opened = await site.open("./notebooks/_template", {waitFor: "#observablehq-main svg"});
    try {
      const {page} = opened;
      const before = await page.locator("#observablehq-main svg [aria-label=line] path").first().getAttribute("d");
      await page.locator('[data-lever="public_compute"] input[type=range]').fill("12000");
      await page.waitForFunction((old) => document.querySelector("#observablehq-main svg [aria-label=line] path")?.getAttribute("d") !== old, before);
      expect(await countErrors(page)).toBe(0);
      expect(opened.problems()).toEqual([]);
    } finally {
      await opened.close();
    }
  });

  test("the build fails fast on an implicit library, naming the page, fails on a page error, and never deletes the last good site", {timeout: 120_000}, () => {
    const work = mkdtempSync(join(tmpdir(), "shapan-build-"));
    try {
      const root = join(work, "docs");
      const output = join(work, "site");
      mkdirSync(root);
      for (const file of ["style.css", "favicon.svg"]) cpSync(join(ROOT, "src/docs", file), join(root, file));
      writeFileSync(join(root, "index.md"), '---\ntitle: Tiny\n---\n\n# Tiny\n\n```js\nimport {html} from "htl";\ndisplay(html`<p>ok</p>`);\n```\n');
      const good = build(root, output);
      expect(good.status, good.output).toBe(0);
      expect(existsSync(join(output, "index.html"))).toBe(true);
      const first = readFileSync(join(output, "index.html"), "utf8");

      // A page that uses Inputs without importing it: refused before the build starts, by name.
      writeFileSync(join(root, "mine.md"), "---\ntitle: Mine\n---\n\n# Mine\n\n```js\nconst x = view(Inputs.range([0, 1]));\n```\n");
      const implicit = build(root, output);
      expect(implicit.status).not.toBe(0);
      expect(implicit.output).toMatch(/mine\.md: uses Inputs without importing it/);
      expect(implicit.seconds).toBeLessThan(15);
      expect(readFileSync(join(output, "index.html"), "utf8")).toBe(first);

      // A page Framework renders as an error: the build fails after building, and the old site stays.
      writeFileSync(join(root, "mine.md"), "---\ntitle: Mine\n---\n\n# Mine\n\n```js\nconst = ;\n```\n");
      const broken = build(root, output);
      expect(broken.status).not.toBe(0);
      expect(broken.output).toMatch(/mine\.html: cell error/);
      expect(readFileSync(join(output, "index.html"), "utf8")).toBe(first);
      expect(existsSync(join(output, "mine.html"))).toBe(false);
    } finally {
      rmSync(work, {recursive: true, force: true});
    }
  });
});
