import type {ParseArgsConfig} from "node:util";

export type Options = NonNullable<ParseArgsConfig["options"]>;

/** Parsed flags: strings, booleans, or lists for repeatable flags. */
export type Values = Record<string, string | boolean | string[] | undefined>;

/** Where a command writes: data to stdout, messages (progress, notes) to stderr. */
export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** True when stderr is a terminal (progress bars only then). */
  interactive: boolean;
}

/** One CLI command: its flags, its help, and what it does. */
export interface Command {
  name: string;
  summary: string;
  /** Usage line after `shapan NAME`. */
  usage: string;
  options: Options;
  /** Help for each flag, by flag name. */
  help: Record<string, string>;
  /** Extra help paragraphs (generated from the declarations where it lists ids). */
  details?: () => string;
  allowPositionals?: boolean;
  run(values: Values, positionals: string[], io: Io): Promise<void> | void;
}
