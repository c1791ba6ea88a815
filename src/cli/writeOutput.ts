import {renameSync, rmSync, writeFileSync} from "node:fs";
import type {Io} from "./command.js";

/**
 * Writes a command's result to `--out FILE` or stdout. A file is written to a temporary name
 * beside it and renamed, so a failed run never leaves a half-written file.
 */
export function writeOutput(text: string, out: string | undefined, io: Io): void {
  if (!out) {
    io.stdout(text);
    return;
  }
  const temporary = `${out}.${process.pid}.tmp`;
  try {
    writeFileSync(temporary, text);
    renameSync(temporary, out);
  } catch (error) {
    rmSync(temporary, {force: true});
    throw error;
  }
  io.stderr(`shapan: wrote ${out}\n`);
}
