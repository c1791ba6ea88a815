#!/usr/bin/env node
// Post-build checks that `observable build` does not do itself (it exits 0 regardless):
//  1. no page rendered a build-time cell error (class observablehq--error in HTML);
//  2. nothing in the site makes a request to another origin. Only <a href> may point
//     off-site; src/href/srcset/etc. of other tags, JS import specifiers and CSS url()/@import may not.
// Runtime errors and runtime requests are covered by tests/browser.
import {existsSync, readdirSync, readFileSync} from "node:fs";
import {extname, join, relative} from "node:path";

const root = process.argv[2] ?? "dist";
const REMOTE = "(?:https?:)?//"; // protocol-relative counts too
const problems = [];

function* walk(dir) {
  for (const entry of readdirSync(dir, {withFileTypes: true})) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(path);
    else yield path;
  }
}

const staticImport = new RegExp(String.raw`\b(?:import|export)\s*(?:[\w$*{}\s,]*?\s*from\s*)?["'\x60](${REMOTE}[^"'\x60]*)`, "g");
const dynamicImport = new RegExp(String.raw`\bimport\s*\(\s*["'\x60](${REMOTE}[^"'\x60]*)`, "g");
const cssUrl = new RegExp(String.raw`(?:url\(\s*["']?|@import\s+["'])(${REMOTE}[^"')\s]*)`, "g");

function checkJs(file, text) {
  for (const re of [staticImport, dynamicImport]) {
    for (const m of text.matchAll(re)) problems.push(`${file}: imports ${m[1]}`);
  }
}

function checkCss(file, text) {
  for (const m of text.matchAll(cssUrl)) problems.push(`${file}: css loads ${m[1]}`);
}

const tagRe = /<([a-zA-Z][\w-]*)\b((?:[^>"']|"[^"]*"|'[^']*')*)>/g;
const attrRe = /\b(src|href|srcset|imagesrcset|data|poster|action|formaction|background)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/gi;
const remoteValue = new RegExp(String.raw`(?:^|,\s*)(${REMOTE}\S+)`, "i");

function checkHtml(file, text) {
  if (text.includes("observablehq--error")) {
    for (const m of text.matchAll(/class="[^"]*observablehq--error[^"]*"[^>]*>([^<]{0,200})/g)) {
      problems.push(`${file}: cell error: ${m[1].trim()}`);
    }
  }
  for (const [, tag, attrs] of text.matchAll(tagRe)) {
    if (tag.toLowerCase() === "a") continue;
    for (const m of attrs.matchAll(attrRe)) {
      const value = m[2] ?? m[3] ?? m[4];
      const remote = remoteValue.exec(value);
      if (remote) problems.push(`${file}: <${tag} ${m[1]}> requests ${remote[1]}`);
    }
    const style = /\bstyle\s*=\s*"([^"]*)"/i.exec(attrs);
    if (style) checkCss(file, style[1]);
  }
  for (const [, body] of text.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/gi)) checkJs(file, body);
  for (const [, body] of text.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)) checkCss(file, body);
}

if (!existsSync(root)) {
  console.error(`check-dist: ${root}/ does not exist; did the build run?`);
  process.exit(1);
}

let files = 0;
for (const path of walk(root)) {
  const ext = extname(path);
  const file = relative(".", path);
  if (ext === ".html") checkHtml(file, readFileSync(path, "utf8"));
  else if (ext === ".js" || ext === ".mjs") checkJs(file, readFileSync(path, "utf8"));
  else if (ext === ".css") checkCss(file, readFileSync(path, "utf8"));
  else continue;
  files++;
}

if (files === 0) problems.push(`${root}: no HTML/JS/CSS files; did the build run?`);
if (problems.length) {
  console.error(`check-dist: ${problems.length} problem(s) in ${root}/:\n  ${problems.join("\n  ")}`);
  process.exit(1);
}
console.log(`check-dist: ${files} files in ${root}/ OK (no cell errors, no off-origin requests)`);
