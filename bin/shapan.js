#!/usr/bin/env node
// Runs the compiled CLI (lib/, built by `npm ci` through the prepare script).
import {main} from "../lib/cli/main.js";

// A closed pipe (shapan run | head) is not an error.
process.stdout.on("error", (error) => {
  if (error.code === "EPIPE") process.exit(0);
  throw error;
});

const code = await main(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  interactive: Boolean(process.stderr.isTTY)
});
process.exitCode = code;
