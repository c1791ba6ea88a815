import {readFileSync} from "node:fs";
import {parseArgs} from "node:util";
import {didYouMean} from "../engine/scenario/didYouMean.js";
import {ScenarioError} from "../engine/scenario/scenarioError.js";
import type {Command, CommandEntry, Io} from "./command.js";
import {outputFiles} from "./outputFiles.js";
import {commands} from "./registry.js";
import {UsageError} from "./usageError.js";

// Only the invoked command's module is imported (see registry.ts): help and --version load no
// engine, no data and no zod.

/** The package's version, from its package.json (src/cli and lib/cli both sit two levels below it). */
function version(): string {
  return (JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as {version: string}).version;
}

const rootFlags = ["--help", "-h", "--version", "-v"];

const rootHelp = () =>
  `shapan: policy-and-market simulation of China's large-model industry (沙盘)

Usage: shapan COMMAND [options]
       shapan --help | --version

Commands:
${commands.map((c) => `  ${c.name.padEnd(12)} ${c.summary}`).join("\n")}

Options:
  -h, --help       this help; \`shapan COMMAND --help\` (or \`shapan help COMMAND\`) for a command's options
  -v, --version    print the version

Data goes to stdout, messages to stderr. --out FILE writes a complete file or none; --out - is stdout.
Exit codes: 0 success, 2 invalid input (the message names the field and what is allowed), 1 internal error.
`;

function commandHelp(entry: CommandEntry, c: Command): string {
  const flags = Object.entries(c.options).map(([name, o]) => {
    const short = "short" in o && o.short ? `-${o.short}, ` : "    ";
    const value = o.type === "string" ? ` ${name === "set" ? "LEVER=VALUE" : name === "param" ? "ID=VALUE" : "VALUE"}` : "";
    return `  ${short}--${name}${value}`.padEnd(30) + (c.help[name] ?? "");
  });
  return `Usage: shapan ${entry.name} ${c.usage}\n\n${entry.summary}\n\nOptions:\n${flags.join("\n")}\n  -h, --help\n${c.details ? `\n${c.details()}` : ""}`;
}

/**
 * Runs the CLI with `argv` (without node and script). Returns the exit code instead of exiting,
 * so tests can call it in-process too.
 */
export async function main(argv: string[], io: Io): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === "--help" || name === "-h") {
    (name === undefined ? io.stderr : io.stdout)(rootHelp());
    return name === undefined ? 2 : 0;
  }
  if (name === "--version" || name === "-v") {
    io.stdout(`shapan ${version()}\n`);
    return 0;
  }
  const helpFor = name === "help" ? rest[0] : undefined;
  if (name === "help" && helpFor === undefined) {
    io.stdout(rootHelp());
    return 0;
  }
  const entry = commands.find((c) => c.name === (helpFor ?? name));
  const files = outputFiles(io);
  try {
    if (!entry) {
      const typed = helpFor ?? name;
      const names = commands.map((c) => c.name);
      if (typed.startsWith("-")) throw new UsageError(`unknown option "${typed}"; ${didYouMean(typed, rootFlags)}give a command first (run \`shapan --help\`)`);
      throw new UsageError(`unknown command "${typed}"; ${didYouMean(typed, names)}commands are ${names.join(", ")}`);
    }
    const command = await entry.load();
    if (helpFor !== undefined || rest.includes("--help") || rest.includes("-h")) {
      io.stdout(commandHelp(entry, command));
      return 0;
    }
    const parsed = parseFlags(entry.name, command, rest);
    await command.run(parsed.values, parsed.positionals, io, files.open);
    return 0;
  } catch (error) {
    if (error instanceof ScenarioError || error instanceof UsageError) {
      io.stderr(`shapan${entry ? ` ${entry.name}` : ""}: ${error.message}\n`);
      return 2;
    }
    io.stderr(`shapan: internal error: ${(error as Error).message}\n${process.env.SHAPAN_DEBUG ? `${(error as Error).stack}\n` : ""}`);
    return 1;
  } finally {
    // Whatever did not finish leaves no temporary file behind.
    files.discard();
  }
}

/** The command's flags, strictly: unknown flags get a suggestion, and a flag given twice is refused. */
function parseFlags(name: string, command: Command, args: string[]) {
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({args, options: command.options, allowPositionals: command.allowPositionals ?? false, strict: true, tokens: true});
  } catch (error) {
    const raw = (error as Error).message.replace(/\. To specify a positional argument.*$/s, "");
    // Node explains a dash-led value over three lines; one line says the same.
    const dashed = /^Option '(-{1,2}[^']*)' argument is ambiguous/.exec(raw)?.[1];
    const message = dashed ? `${dashed} needs a value; write one that starts with a dash as ${dashed}=-…` : raw.replace(/\s*\n\s*/g, " ");
    const unknown = /^Unknown option '(-{1,2}[^']*)'/.exec(message)?.[1];
    const flags = Object.entries(command.options).flatMap(([long, o]) => [`--${long}`, ...(o.short ? [`-${o.short}`] : [])]);
    const hint = unknown ? didYouMean(unknown.replace(/=.*$/, ""), flags).trim() : "";
    throw new UsageError(`${message}${hint ? `; ${hint}` : ""} (see \`shapan ${name} --help\`)`);
  }
  // parseArgs keeps the last of a repeated flag; a second value is a contradiction, so refuse it.
  const given = new Map<string, Array<string | undefined>>();
  for (const token of parsed.tokens ?? []) {
    if (token.kind !== "option" || command.options[token.name]?.multiple) continue;
    const seen = [...(given.get(token.name) ?? []), token.value];
    given.set(token.name, seen);
    if (seen.length === 2) {
      const values = seen.filter((v) => v !== undefined);
      throw new UsageError(`--${token.name} is given twice${values.length ? ` (${values.join(", ")})` : ""}; give it once`);
    }
  }
  return {values: parsed.values as Record<string, string | boolean | string[] | undefined>, positionals: parsed.positionals};
}
