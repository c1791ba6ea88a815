import {readFileSync} from "node:fs";
import {dirname, join, relative} from "node:path";
import {describe, expect, it} from "vitest";
import {commands} from "../../src/cli/registry.js";

const root = new URL("../..", import.meta.url).pathname;

/** Every module main.ts loads before a command is chosen: its static imports, followed recursively (types and import() excluded). */
function staticImports(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  const source = readFileSync(file, "utf8");
  for (const [, specifier] of source.matchAll(/^import (?!type )[^;]*? from "([^"]+)";/gms)) {
    if (!specifier.startsWith(".")) seen.add(specifier);
    else staticImports(join(dirname(file), specifier.replace(/\.js$/, ".ts")), seen);
  }
  return seen;
}

describe("the CLI loads only the command it runs", () => {
  it("main.ts reaches neither the engine, the data, zod nor mathjs before a command is chosen", () => {
    const loaded = [...staticImports(join(root, "src/cli/main.ts"))].map((f) => (f.startsWith("/") ? relative(root, f) : f)).sort();
    expect(loaded).toEqual([
      "leven",
      "node:crypto",
      "node:fs",
      "node:path",
      "node:util",
      "src/cli/main.ts",
      "src/cli/outputFiles.ts",
      "src/cli/registry.ts",
      "src/cli/usageError.ts",
      "src/engine/scenario/didYouMean.ts",
      "src/engine/scenario/scenarioError.ts"
    ]);
  });
  it("each registered command loads and has help for every flag", async () => {
    for (const entry of commands) {
      const command = await entry.load();
      for (const flag of Object.keys(command.options)) expect(command.help[flag], `${entry.name} --${flag}`).toBeTruthy();
    }
  });
});
