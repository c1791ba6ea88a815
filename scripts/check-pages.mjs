#!/usr/bin/env node
// Fails fast, naming the page, on what would make `observable build` reach the network (and fail
// after 30 s with a CDN error that names no page): a free use of a library Framework imports
// implicitly from npm (Inputs, Plot, d3, html, ...), or an `npm:`, `jsr:` or remote import, in a
// page or in a module under components/. Uses Framework's own parser, so it sees what the build sees.
//   node scripts/check-pages.mjs [root]     root defaults to the config's (src/docs)
import {readdirSync, readFileSync} from "node:fs";
import {join, relative} from "node:path";
import {readConfig} from "@observablehq/framework/dist/config.js";
import {getImplicitInputImports} from "@observablehq/framework/dist/libraries.js";
import {parseMarkdown} from "@observablehq/framework/dist/markdown.js";
import {defaultGlobals} from "@observablehq/framework/dist/javascript/globals.js";

const config = await readConfig(undefined, undefined);
const root = process.argv[2] ?? config.root;
const remote = /^(npm:|jsr:|https?:|\/\/)/;
const problems = [];

function* walk(dir) {
  for (const entry of readdirSync(dir, {withFileTypes: true})) {
    if (entry.name === ".observablehq" || entry.name === "node_modules") continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(path);
    else yield path;
  }
}

/** Names a page uses but does not define (Framework's findFreeInputs, which it does not export). */
function freeInputs(page) {
  const defined = new Set(defaultGlobals).add("display").add("view").add("visibility").add("invalidation");
  for (const {node} of page.code) for (const {name} of node.declarations ?? []) defined.add(name);
  return new Set(page.code.flatMap(({node}) => node.references.map((r) => r.name)).filter((name) => !defined.has(name)));
}

const files = [...walk(root)];
for (const file of files.filter((f) => f.endsWith(".md"))) {
  const path = `/${relative(root, file).slice(0, -3)}`;
  const page = parseMarkdown(readFileSync(file, "utf8"), {...config, path});
  const free = [...freeInputs(page)];
  for (const name of free) {
    const implicit = [...getImplicitInputImports([name])];
    if (implicit.length)
      problems.push(
        `${relative(".", file)}: uses ${name} without importing it (Framework would fetch ${implicit.join(", ")}); add e.g. import ${name === "html" || name === "svg" ? `{${name}} from "htl"` : `* as ${name} from "${implicit[0].slice(4)}"`} to the page's first code block`
      );
  }
  for (const {node} of page.code) {
    for (const i of node.imports)
      if (remote.test(i.name)) problems.push(`${relative(".", file)}: imports "${i.name}"; import from node_modules instead (e.g. "${i.name.replace(/^npm:/, "").replace(/@[\d.^~]+$/, "")}")`);
  }
}
const importSpecifier = /\b(?:import|export)\b[^"'`;]*?\bfrom\s*["'`]([^"'`]+)["'`]|\bimport\s*\(\s*["'`]([^"'`]+)["'`]/g;
for (const file of files.filter((f) => /\.(js|ts)$/.test(f) && f.includes(`${join(root, "components")}`))) {
  for (const m of readFileSync(file, "utf8").matchAll(importSpecifier)) {
    const specifier = m[1] ?? m[2];
    if (remote.test(specifier)) problems.push(`${relative(".", file)}: imports "${specifier}"; import from node_modules instead`);
  }
}

if (problems.length) {
  console.error(`check-pages: ${problems.length} import problem(s); the build would fetch from the network:\n  ${problems.join("\n  ")}`);
  process.exit(1);
}
console.log(`check-pages: ${files.filter((f) => f.endsWith(".md")).length} pages import every library explicitly`);
