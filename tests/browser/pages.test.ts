import {describe, expect, test} from "vitest";
import config from "../../observablehq.config.js";
import {countErrors, useSite} from "./harness.js";

type Entry = {name: string; path?: string; pages?: Entry[]};

/** Flattens the config's pages (sections included) to site-relative paths, "/" first. */
function sitePaths(): string[] {
  const flat = (entries: Entry[]): string[] => entries.flatMap((e) => [...(e.path ? [e.path] : []), ...flat(e.pages ?? [])]);
  const paths = flat(config.pages as Entry[]);
  return paths.includes("/") ? paths : ["/", ...paths];
}

// Served from a sub-path, which catches any link that only works at the host root.
const site = useSite({base: "/shapan/"});

describe("every configured page renders cleanly from a sub-path", () => {
  test.each(sitePaths())("%s", async (path) => {
    const opened = await site.open(`.${path}`);
    try {
      expect(opened.problems()).toEqual([]);
      expect(await countErrors(opened.page)).toBe(0);
      expect(await opened.page.locator("#observablehq-main h1").count()).toBeGreaterThan(0);
    } finally {
      await opened.close();
    }
  });
});

describe("the overview", () => {
  test("links to every other page, by relative links", async () => {
    const opened = await site.open("./");
    try {
      const links = await opened.page.locator("#observablehq-main a").evaluateAll((anchors) => anchors.map((a) => a.getAttribute("href")));
      for (const path of sitePaths().filter((p) => p !== "/")) expect(links, path).toContain(`.${path}`);
    } finally {
      await opened.close();
    }
  });
});
