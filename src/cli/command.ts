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

/** Where a command's result goes: `--out FILE` (written atomically) or stdout. */
export interface Output {
  /** Writes the whole result; resolves once a file is complete and renamed into place. */
  write(text: string): Promise<void>;
}

/**
 * Opens a command's output before any work, so a bad `--out` is refused at once (see
 * openOutput): `path` undefined or "-" is stdout; `format` is what will be written (csv, json,
 * table), checked against the file's extension.
 */
export type OpenOutput = (path: string | undefined, format: string) => Output;

/** One CLI command: its flags, its help, and what it does (its name and summary are in the registry). */
export interface Command {
  /** Usage line after `shapan NAME`. */
  usage: string;
  options: Options;
  /** Help for each flag, by flag name. */
  help: Record<string, string>;
  /** Extra help paragraphs (generated from the declarations where it lists ids). */
  details?: () => string;
  allowPositionals?: boolean;
  run(values: Values, positionals: string[], io: Io, open: OpenOutput): Promise<void> | void;
}

/** A command as the registry lists it: loaded only when invoked, so help and --version load no engine. */
export interface CommandEntry {
  name: string;
  summary: string;
  load(): Promise<Command>;
}
