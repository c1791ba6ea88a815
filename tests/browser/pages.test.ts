import type {Browser} from "playwright-core";
import {afterAll, beforeAll, describe, expect, test} from "vitest";
import config from "../../observablehq.config.js";
import {countErrors, launchBrowser, openPage, serveDist, type Served} from "./harness.js";

type Entry = {name: string; path?: string; pages?: Entry[]};

/** Flattens the config's pages (sections included) to site-relative paths, "/" first. */
function sitePaths(): string[] {
  const flat = (entries: Entry[]): string[] => entries.flatMap((e) => [...(e.path ? [e.path] : []), ...flat(e.pages ?? [])]);
  const paths = flat(config.pages as Entry[]);
  return paths.includes("/") ? paths : ["/", ...paths];
}

// A sub-path catches any link that only works at the host root.
const BASE = "/shapan/";

let server: Served;
let browser: Browser;

beforeAll(async () => {
  server = await serveDist({base: BASE});
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe("every configured page renders cleanly from a sub-path", () => {
  test.each(sitePaths())("%s", async (path) => {
    const opened = await openPage(browser, new URL(`.${path}`, server.url).href);
    try {
      expect(opened.problems()).toEqual([]);
      expect(await countErrors(opened.page)).toBe(0);
      expect(await opened.page.locator("#observablehq-main h1").count()).toBeGreaterThan(0);
    } finally {
      await opened.close();
    }
  });
});
