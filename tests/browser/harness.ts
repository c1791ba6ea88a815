import {execFileSync} from "node:child_process";
import {existsSync, readFileSync, statSync} from "node:fs";
import {createServer} from "node:http";
import type {AddressInfo} from "node:net";
import {extname, join, resolve, sep} from "node:path";
import {fileURLToPath} from "node:url";
import {chromium, type Browser, type Page} from "playwright-core";
import {afterAll, beforeAll} from "vitest";
import config from "../../observablehq.config.js";

/** The repository root, ending in a slash. */
export const ROOT = fileURLToPath(new URL("../../", import.meta.url));
export const DIST = fileURLToPath(new URL("../../dist", import.meta.url));

/** A chart's plot in the explorer, compare and overview pages (the legend swatches are svg too). */
export const PLOT = "[data-chart] .shapan-tipped > svg";

/** Where the browser tests save screenshots (uploaded by CI as artefacts; git-ignored). */
export const SCREENSHOTS = fileURLToPath(new URL("../../artifacts/screenshots/", import.meta.url));

const MIME: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".csv": "text/csv; charset=utf-8",
  ".tsv": "text/tab-separated-values; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".ico": "image/x-icon",
  ".woff": "font/woff",
  ".woff2": "font/woff2",
  ".wasm": "application/wasm",
  ".parquet": "application/octet-stream",
  ".arrow": "application/vnd.apache.arrow.file"
};

export interface Served {
  /** Absolute URL of the site root, ending in the base path, e.g. http://127.0.0.1:1234/shapan/ */
  url: string;
  origin: string;
  close(): Promise<void>;
}

/**
 * Serves dist/ under a sub-path so that any absolute link in the build breaks
 * the tests. Mimics static hosts with clean URLs: /base/explorer → explorer.html.
 */
export async function serveDist({base = "/", root = DIST}: {base?: string; root?: string} = {}): Promise<Served> {
  if (!existsSync(join(root, "index.html"))) throw new Error(`${root}/index.html missing; run \`npm run build\` first`);
  if (!base.startsWith("/")) base = `/${base}`;
  if (!base.endsWith("/")) base += "/";
  const server = createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
    const file = pathname.startsWith(base) ? resolveFile(root, pathname.slice(base.length)) : null;
    if (!file) {
      res.writeHead(404, {"content-type": "text/plain"}).end("not found");
      return;
    }
    // As a static host serves Framework's output: its content-hashed assets (_import, _node,
    // _observablehq, _file) for good, pages afresh. A page's worker then reuses the page's modules.
    const hashed = /^(_import|_node|_observablehq|_file)\//.test(pathname.slice(base.length));
    res.writeHead(200, {"content-type": MIME[extname(file)] ?? "application/octet-stream", "cache-control": hashed ? "public, max-age=31536000, immutable" : "no-cache"});
    res.end(req.method === "HEAD" ? undefined : readFileSync(file));
  });
  await new Promise<void>((ok) => server.listen(0, "127.0.0.1", ok));
  const {port} = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    url: `${origin}${base}`,
    origin,
    close: () => new Promise<void>((ok, fail) => (server.closeAllConnections(), server.close((e) => (e ? fail(e) : ok()))))
  };
}

function resolveFile(root: string, rel: string): string | null {
  const abs = resolve(root, rel);
  if (abs !== root && !abs.startsWith(root + sep)) return null; // path traversal
  for (const candidate of [abs, `${abs}.html`, join(abs, "index.html")]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return null;
}

export function chromiumPath(): string {
  try {
    const found = execFileSync("which", ["chromium"], {encoding: "utf8"}).trim();
    if (found) return found;
  } catch {
    // `which` exits non-zero when nothing is found
  }
  return "/usr/bin/chromium";
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"]
  });
}

export interface Problem {
  kind: "console" | "pageerror" | "requestfailed" | "http" | "offorigin";
  text: string;
}

export interface OpenedPage {
  page: Page;
  problems(): Problem[];
  close(): Promise<void>;
}

/** How a page is opened: the window's size and the browser's language (what a reader's browser says). */
export interface OpenOptions {
  viewport?: {width: number; height: number};
  locale?: string;
  /** Script run in the page before any of its own (page.addInitScript), e.g. to instrument Worker. */
  initScript?: string;
}

/** The two widths every page is tried at. */
export const DESKTOP = {width: 1280, height: 900};
export const PHONE = {width: 390, height: 844};

/**
 * Opens url in a fresh context, recording everything that should fail a page
 * test. Off-origin requests are aborted so a third-party fetch never leaves the machine.
 */
export async function openPage(browser: Browser, url: string, {viewport = DESKTOP, locale = "en-US", initScript}: OpenOptions = {}): Promise<OpenedPage> {
  const origin = new URL(url).origin;
  const problems: Problem[] = [];
  const context = await browser.newContext({viewport, locale, acceptDownloads: true});
  const page = await context.newPage();
  if (initScript) await page.addInitScript(initScript);
  await context.route(
    (u) => /^(https?|wss?):$/.test(u.protocol) && u.origin !== origin,
    (route) => {
      problems.push({kind: "offorigin", text: route.request().url()});
      return route.abort("blockedbyclient");
    }
  );
  page.on("console", (msg) => {
    if (msg.type() === "error") problems.push({kind: "console", text: `${msg.text()} @ ${msg.location().url}`});
  });
  page.on("pageerror", (error) => problems.push({kind: "pageerror", text: String(error?.stack ?? error)}));
  page.on("requestfailed", (req) => {
    if (new URL(req.url()).origin !== origin) return; // already reported as offorigin
    // A reload or a navigation cancels what is in flight (the favicon, say): not a failure of the site.
    if (req.failure()?.errorText === "net::ERR_ABORTED") return;
    problems.push({kind: "requestfailed", text: `${req.url()}: ${req.failure()?.errorText}`});
  });
  page.on("response", (res) => {
    if (res.status() >= 400) problems.push({kind: "http", text: `${res.status()} ${res.url()}`});
  });
  try {
    await page.goto(url, {waitUntil: "load"});
    await waitForRender(page);
  } catch (error) {
    await context.close();
    throw new Error(`${url} did not render: ${error}\nproblems so far: ${JSON.stringify(problems, null, 2)}`);
  }
  return {page, problems: () => [...problems], close: () => context.close()};
}

/** Waits until the network is idle and Framework has resolved every inline/block cell. */
export async function waitForRender(page: Page, timeout = 60_000): Promise<void> {
  await page.waitForLoadState("networkidle", {timeout});
  await page.waitForFunction(() => document.querySelector("observablehq-loading") === null, undefined, {timeout});
}

/** Number of elements Framework rendered as a cell error. */
export function countErrors(page: Page): Promise<number> {
  return page.locator(".observablehq--error").count();
}

/** The built site and a browser, shared by the tests of one file (see useSite). */
export interface Site {
  /**
   * Opens a page of the site (path relative to the base, query included, e.g. "./explorer?talent=1.5")
   * with openPage; with `waitFor`, also waits for that selector.
   */
  open(path: string, options?: {waitFor?: string; timeout?: number} & OpenOptions): Promise<OpenedPage>;
  /** Absolute URL of the site root. */
  readonly url: string;
  readonly browser: Browser;
}

/**
 * Serves dist/ under a sub-path (default /shapan/, so a link that only works at the host root
 * breaks) and launches one Chromium, before the first test of the calling file, and stops both
 * after its last. Call once, at the top level of a test file.
 */
export function useSite({base = "/shapan/"}: {base?: string} = {}): Site {
  let server: Served | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    server = await serveDist({base});
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  const started = () => {
    if (!server || !browser) throw new Error("useSite: the site is not started yet; call useSite at the top level of the test file");
    return {server, browser};
  };
  return {
    async open(path, {waitFor, timeout = 30_000, ...options} = {}) {
      const {server, browser} = started();
      const opened = await openPage(browser, new URL(path, server.url).href, options);
      if (waitFor) {
        try {
          await opened.page.waitForSelector(waitFor, {timeout});
        } catch (error) {
          await opened.close();
          throw error;
        }
      }
      return opened;
    },
    get url() {
      return started().server.url;
    },
    get browser() {
      return started().browser;
    }
  };
}

/**
 * Runs the CLI as a user would and returns its stdout. lib/ is built by `npm ci` and `npm test`;
 * it is built here if missing.
 */
export function shapan(args: string[]): string {
  if (!existsSync(`${ROOT}lib/bundle/main.js`)) execFileSync("npm", ["run", "prepare"], {cwd: ROOT, stdio: "inherit"});
  return execFileSync("node", ["bin/shapan.js", ...args], {cwd: ROOT, encoding: "utf8", maxBuffer: 64 << 20, stdio: ["ignore", "pipe", "pipe"]});
}

/** The median of some numbers (the upper one of the middle two for an even count). */
export function median(values: number[]): number {
  return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
}

type Entry = {name: string; path?: string; pages?: Entry[]};

/** Flattens the config's pages (sections included) to site-relative paths, "/" first. */
export function sitePaths(): string[] {
  const flat = (entries: Entry[]): string[] => entries.flatMap((e) => [...(e.path ? [e.path] : []), ...flat(e.pages ?? [])]);
  const paths = flat(config.pages as Entry[]);
  return paths.includes("/") ? paths : ["/", ...paths];
}

/** What shows that a page has drawn its first result: its first chart, or its main table or form. */
export const FIRST_CONTENT: Record<string, string> = {
  "/": "[data-chart] svg",
  "/explorer": "[data-chart] .shapan-tipped > svg",
  "/compare": "[data-chart] svg",
  "/uncertainty": "[data-fan] svg",
  "/sensitivity": "[data-analysis=tornado] svg",
  "/attribution": "[data-analysis=wedge] svg",
  "/calibration": "#parameters tbody tr",
  "/backtest": "#scored-table tbody tr",
  "/goal-seek": "form button",
  "/method": ".shapan-structure",
  "/sources": "#source-seed"
};
