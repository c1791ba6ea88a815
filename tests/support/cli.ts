import {execFile} from "node:child_process";
import {main} from "../../src/cli/main.js";

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in-process (fast; same code as the binary). */
export async function cli(...argv: string[]): Promise<CliResult> {
  let stdout = "";
  let stderr = "";
  const code = await main(argv, {stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), interactive: false});
  return {code, stdout, stderr};
}

/** Runs the compiled CLI in its own process (lib/, built by pretest), as a user would. */
export function spawn(...argv: string[]): Promise<CliResult> {
  return new Promise((resolve) => {
    execFile(process.execPath, ["bin/shapan.js", ...argv], {cwd: new URL("../..", import.meta.url)}, (error, stdout, stderr) => {
      resolve({code: error ? (typeof error.code === "number" ? error.code : 1) : 0, stdout, stderr});
    });
  });
}
