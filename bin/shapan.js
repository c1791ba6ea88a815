#!/usr/bin/env node
// Runs the bundled CLI (lib/bundle/, built by `npm ci` through the prepare script: tsc, then scripts/bundle-cli.mjs).
import {main} from "../lib/bundle/main.js";

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
