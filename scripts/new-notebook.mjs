#!/usr/bin/env node
// `npm run notebook -- NAME`: a new notebook page from src/docs/notebooks/_template.md, at
// src/docs/notebooks/NAME.md. The sidebar lists every notebook there (observablehq.config.ts), so
// the page is in the navigation as soon as it exists.
//   node scripts/new-notebook.mjs NAME [--root DIR]    DIR defaults to src/docs
import {copyFileSync, existsSync, readFileSync, writeFileSync} from "node:fs";
import {join} from "node:path";
import {parseArgs} from "node:util";

const {values, positionals} = parseArgs({options: {root: {type: "string", default: "src/docs"}}, allowPositionals: true});
const [name] = positionals;
if (!name || !/^[a-z0-9][a-z0-9-]*$/.test(name)) {
  console.error(`notebook: give a name of lower-case letters, digits and hyphens, e.g. npm run notebook -- compute-vouchers${name ? ` (got "${name}")` : ""}`);
  process.exit(2);
}
const page = join(values.root, "notebooks", `${name}.md`);
if (existsSync(page)) {
  console.error(`notebook: ${page} exists already; choose another name`);
  process.exit(2);
}
const template = join(values.root, "notebooks", "_template.md");
copyFileSync(template, page);
writeFileSync(page, readFileSync(page, "utf8").replace("title: My notebook", `title: ${name}`).replace("# My notebook", `# ${name}`));
console.log(`notebook: wrote ${page}; npm start shows it under Notebooks (restart the preview to see it in the sidebar)`);
