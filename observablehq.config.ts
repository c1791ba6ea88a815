// Observable Framework site config. The site must build and run fully offline: no implicit/npm:
// imports in pages (scripts/check-pages.mjs fails the build naming the page), and no default
// Google Fonts stylesheet. Pages are bilingual: the sidebar is written in English here and named
// in the reader's language by siteBoot.js, from the catalogues.
import {existsSync, readdirSync, readFileSync} from "node:fs";
import {messages as en} from "./src/docs/components/i18n/en.js";
import {messages as zh} from "./src/docs/components/i18n/zh.js";
import {siteBoot} from "./src/docs/components/siteBoot.js";

const root = process.env.SHAPAN_SITE_ROOT ?? "src/docs";

/** The site's own pages, in the sidebar's order, with their catalogue keys (those that exist in the root). */
const allSitePages = [
  ["/", "overview"],
  ["/explorer", "explorer"],
  ["/compare", "compare"],
  ["/uncertainty", "uncertainty"],
  ["/sensitivity", "sensitivity"],
  ["/attribution", "attribution"],
  ["/calibration", "calibration"],
  ["/backtest", "backtest"],
  ["/goal-seek", "goalSeek"],
  ["/method", "method"],
  ["/sources", "sources"]
] as const;
const sitePages = allSitePages.filter(([path]) => existsSync(`${root}${path === "/" ? "/index" : path}.md`));

/** Readers' notebooks: every src/docs/notebooks/*.md but the template (see `npm run notebook`). */
function notebooks(): Array<{name: string; path: string}> {
  let files: string[];
  try {
    files = readdirSync(`${root}/notebooks`).filter((f) => f.endsWith(".md") && !f.startsWith("_"));
  } catch {
    return [];
  }
  return files.sort().map((file) => {
    const title = /^title:\s*(.+)$/m.exec(readFileSync(`${root}/notebooks/${file}`, "utf8"))?.[1]?.trim();
    return {name: title ?? file.slice(0, -3), path: `/notebooks/${file.slice(0, -3)}`};
  });
}

const names: Record<string, {zh: string; en: string}> = Object.fromEntries(sitePages.map(([path, key]) => [path, {zh: zh[`nav.${key}`] as string, en: en[`nav.${key}`] as string}]));
const site = {zh: zh["site.name"] as string, en: en["site.name"] as string};
const userNotebooks = notebooks();

export default {
  root,
  output: process.env.SHAPAN_SITE_OUTPUT ?? "dist",
  title: en["site.name"] as string,
  // Only list pages that exist; tests/browser/pages.test.ts loads every entry.
  pages: [...sitePages.map(([path]) => ({name: names[path].en, path})), ...(userNotebooks.length ? [{name: en["nav.notebooks"] as string, pages: userNotebooks}] : [])],
  style: "style.css",
  // Replaces the default list, a Google Fonts stylesheet: the site makes no third-party request.
  globalStylesheets: ["observablehq:stdlib/inputs.css"],
  head: ({path}: {path: string}) => `<link rel="icon" href="/favicon.svg" type="image/svg+xml">\n<script>(${siteBoot})(${JSON.stringify({path, storageKey: "shapan-lang", names, site})});</script>`,
  header: `<a class="shapan-brand" href="/"><span lang="zh-CN">沙盘</span> <span lang="en">Shapan</span></a>
<nav class="shapan-lang" aria-label="语言 Language"><a data-lang="zh" lang="zh-CN" hreflang="zh-CN">中文</a><a data-lang="en" lang="en" hreflang="en">EN</a></nav>`,
  footer: `<p class="shapan-only-zh" lang="zh-CN">${zh["site.footer"]}</p><p class="shapan-only-en" lang="en">${en["site.footer"]}</p>`,
  search: false,
  // The pager's "Previous page" / "Next page" come from Framework's stylesheet, in English and at
  // 3:1 contrast; the sidebar already links every page.
  pager: false
};
