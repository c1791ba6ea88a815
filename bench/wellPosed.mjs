// `npm run nightly`: the well-posedness property of tests/model/wellPosed.test.ts on many more
// scenarios (default 100,000, RK4 monthly to 2035): levers and parameters drawn together from
// their whole declared ranges. Prints how many runs left the model's domain, by kind and by
// output, with the first scenario of each kind (--examples FILE writes them all out).
//
//   node bench/wellPosed.mjs [--runs 100000] [--seed 12] [--step month] [--method rk4] [--to 2035] [--examples FILE]
import {writeFileSync} from "node:fs";
import {parseArgs} from "node:util";
import fc from "fast-check";
import {data, engine, ScenarioError} from "../lib/index.js";
import {declaredScenario, domainViolations} from "./wellPosedCases.mjs";

const {values: options} = parseArgs({
  options: {
    runs: {type: "string", default: "100000"},
    seed: {type: "string", default: "12"},
    step: {type: "string"},
    method: {type: "string"},
    to: {type: "string"},
    examples: {type: "string"}
  }
});
const runs = Number(options.runs);
const seed = Number(options.seed);
const time = {...(options.step && {step: options.step}), ...(options.method && {method: options.method}), ...(options.to && {to: Number(options.to)})};
const arbitrary = declaredScenario(data, Object.keys(time).length ? time : undefined);

const byKind = new Map();
const byOutput = new Map();
const examples = new Map();
let failed = 0;
let refused = 0;
const started = performance.now();
// Batches of 1,000 from consecutive seeds: the same cases on every machine, without holding them all.
for (let batch = 0; batch * 1000 < runs; batch++) {
  for (const scenario of fc.sample(arbitrary, {numRuns: Math.min(1000, runs - batch * 1000), seed: seed + batch})) {
    let found;
    try {
      found = domainViolations(engine.simulate(scenario));
    } catch (error) {
      if (!(error instanceof ScenarioError)) throw error;
      found = [{kind: "refused", output: error.field, value: error.message}];
      refused++;
    }
    if (found.length === 0) continue;
    failed++;
    for (const kind of new Set(found.map((f) => f.kind))) {
      byKind.set(kind, (byKind.get(kind) ?? 0) + 1);
      if (!examples.has(kind)) examples.set(kind, {violations: found.filter((f) => f.kind === kind), scenario});
    }
    for (const f of found) byOutput.set(`${f.kind}: ${f.output}`, (byOutput.get(`${f.kind}: ${f.output}`) ?? 0) + 1);
  }
  if (process.stderr.isTTY) process.stderr.write(`\r${Math.min(runs, (batch + 1) * 1000)} / ${runs}`);
}
if (process.stderr.isTTY) process.stderr.write("\n");

const grid = {...engine.resolve({version: 1}).time, ...time};
const seconds = (performance.now() - started) / 1000;
console.log(`${runs} scenarios (seed ${seed}, ${grid.method} ${grid.step}ly to ${grid.to}), ${seconds.toFixed(0)} s: ${failed} left the domain${refused ? `, ${refused} of them refused` : ""}`);
for (const [kind, count] of [...byKind].sort((a, b) => b[1] - a[1])) console.log(`  ${kind}: ${count} runs`);
if (byOutput.size) console.log("by output (runs):");
for (const [key, count] of [...byOutput].sort((a, b) => b[1] - a[1]).slice(0, 30)) console.log(`  ${key}: ${count}`);
for (const [kind, {violations}] of examples) {
  const first = violations[0];
  console.log(`first ${kind}: ${first.output} = ${first.value}${first.time === undefined ? "" : ` at ${first.time.toFixed(3)}`}`);
}
if (options.examples) writeFileSync(options.examples, `${JSON.stringify(Object.fromEntries(examples), null, 1)}\n`);
