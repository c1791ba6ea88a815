import {parseArgs} from "node:util";
import {ScenarioError} from "../index.js";
import type {Command, Io} from "./command.js";
import {calibrate} from "./commands/calibrate.js";
import {compare} from "./commands/compare.js";
import {facts, levers, outputs, parameters, scenarios, schema} from "./commands/listings.js";
import {mc} from "./commands/mc.js";
import {model} from "./commands/model.js";
import {attribute} from "./commands/attribute.js";
import {sensitivity} from "./commands/sensitivity.js";
import {optimize} from "./commands/optimize.js";
import {run} from "./commands/run.js";
import {UsageError} from "./usageError.js";

/** Every command, in the order help lists them. */
export const commands: Command[] = [run, compare, levers, scenarios, outputs, parameters, facts, schema, model, calibrate, optimize, mc, sensitivity, attribute];

const rootHelp = () =>
  `shapan: policy-and-market simulation of China's large-model industry (沙盘)

Usage: shapan COMMAND [options]

Commands:
${commands.map((c) => `  ${c.name.padEnd(12)} ${c.summary}`).join("\n")}

Run \`shapan COMMAND --help\` for a command's options. Data goes to stdout, messages to stderr.
Exit codes: 0 success, 2 invalid input (the message names the field and what is allowed), 1 internal error.
`;

function commandHelp(c: Command): string {
  const flags = Object.entries(c.options).map(([name, o]) => {
    const short = "short" in o && o.short ? `-${o.short}, ` : "    ";
    const value = o.type === "string" ? ` ${name === "set" ? "LEVER=VALUE" : name === "param" ? "ID=VALUE" : "VALUE"}` : "";
    return `  ${short}--${name}${value}`.padEnd(30) + (c.help[name] ?? "");
  });
  return `Usage: shapan ${c.name} ${c.usage}\n\n${c.summary}\n\nOptions:\n${flags.join("\n")}\n  -h, --help`.padEnd(0) + "\n" + (c.details ? `\n${c.details()}` : "");
}

/**
 * Runs the CLI with `argv` (without node and script). Returns the exit code instead of exiting,
 * so tests can call it in-process too.
 */
export async function main(argv: string[], io: Io): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === "--help" || name === "-h" || name === "help") {
    (name === undefined ? io.stderr : io.stdout)(rootHelp());
    return name === undefined ? 2 : 0;
  }
  if (name === "--version") {
    io.stdout("shapan 0.1.0\n");
    return 0;
  }
  const command = commands.find((c) => c.name === name);
  try {
    if (!command) throw new UsageError(`unknown command "${name}"; commands are ${commands.map((c) => c.name).join(", ")}`);
    if (rest.includes("--help") || rest.includes("-h")) {
      io.stdout(commandHelp(command));
      return 0;
    }
    let parsed: ReturnType<typeof parseArgs>;
    try {
      parsed = parseArgs({args: rest, options: command.options, allowPositionals: command.allowPositionals ?? false, strict: true});
    } catch (error) {
      throw new UsageError(`${(error as Error).message.replace(/\. To specify a positional argument.*$/s, "")} (see \`shapan ${command.name} --help\`)`);
    }
    await command.run(parsed.values as Record<string, string | boolean | string[] | undefined>, parsed.positionals, io);
    return 0;
  } catch (error) {
    if (error instanceof ScenarioError || error instanceof UsageError) {
      io.stderr(`shapan${command ? " " + command.name : ""}: ${error.message}\n`);
      return 2;
    }
    io.stderr(`shapan: internal error: ${(error as Error).message}\n${process.env.SHAPAN_DEBUG ? (error as Error).stack + "\n" : ""}`);
    return 1;
  }
}
