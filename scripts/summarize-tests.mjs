#!/usr/bin/env node
// Sums vitest JSON reports into the single line CI reads: "N passed, N failed".
// Usage: node scripts/summarize-tests.mjs report.json[:exitCode]...   Exits 1 if anything failed.
// The optional exit code of the vitest run catches failures its report does not count
// (e.g. "No test files found" exits 1 with zero failed tests).
import {existsSync, readFileSync} from "node:fs";

let passed = 0;
let failed = 0;
for (const arg of process.argv.slice(2)) {
  const [, file, code] = /^(.*?)(?::(\d+))?$/.exec(arg);
  const failedBefore = failed;
  if (!existsSync(file)) {
    // The run died before reporting (e.g. config error); that must not read as success.
    console.error(`summarize-tests: ${file} missing; counting as 1 failure`);
    failed += 1;
    continue;
  }
  const report = JSON.parse(readFileSync(file, "utf8"));
  passed += report.numPassedTests ?? 0;
  failed += report.numFailedTests ?? 0;
  // A file that fails to load has no test results; count it so it cannot go unnoticed.
  for (const suite of report.testResults ?? []) {
    if (suite.status === "failed" && !(suite.assertionResults ?? []).length) {
      console.error(`summarize-tests: ${suite.name} failed to run: ${(suite.message ?? "").split("\n")[0]}`);
      failed += 1;
    }
  }
  if (code && code !== "0" && failed === failedBefore) {
    console.error(`summarize-tests: run for ${file} exited ${code} with no failed test; counting as 1 failure`);
    failed += 1;
  }
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
