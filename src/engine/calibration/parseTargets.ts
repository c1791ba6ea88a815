import type {TargetSpec} from "../declarations.js";
import {ScenarioError} from "../scenario/scenarioError.js";

/**
 * Checks calibration targets read from a file (the shape of data/targets.json: `{"targets":
 * [...]}`, or the bare list): each names a fact and an output, says when to read it (exactly one
 * of `at`, `year`, `mean`), and has a tolerance and a weight.
 *
 * Cost: O(targets).
 *
 * @param input parsed JSON
 * @param where the file, for messages
 * @returns the targets, unchanged
 * @throws ScenarioError naming the first wrong field, e.g. "targets[2].tolerance must be a number >= 0"
 * @example parseTargets({targets: [{fact: "market-2023", output: "market_bn_rmb", year: 2023, tolerance: 0.05, weight: 2}]}, "t.json")
 */
export function parseTargets(input: unknown, where: string): TargetSpec[] {
  const list = Array.isArray(input) ? input : (input as {targets?: unknown} | null)?.targets;
  if (!Array.isArray(list) || list.length === 0) throw new ScenarioError(where, 'must hold a non-empty list of targets, or {"targets": [...]}');
  return list.map((target, i) => {
    const field = (name: string) => `${where}: targets[${i}]${name ? "." + name : ""}`;
    if (typeof target !== "object" || target === null) throw new ScenarioError(field(""), "must be an object");
    const t = target as Record<string, unknown>;
    for (const key of ["fact", "output"]) {
      if (typeof t[key] !== "string" || t[key] === "") throw new ScenarioError(field(key), "must be a non-empty string");
    }
    const times = ["at", "year", "mean"].filter((key) => t[key] !== undefined);
    if (times.length !== 1) throw new ScenarioError(field(""), `must have exactly one of at, year, mean; has ${times.length ? times.join(", ") : "none"}`);
    if (t.at !== undefined && !Number.isFinite(t.at)) throw new ScenarioError(field("at"), "must be a decimal year");
    if (t.year !== undefined && !Number.isInteger(t.year)) throw new ScenarioError(field("year"), "must be a whole year");
    if (t.mean !== undefined && !(Array.isArray(t.mean) && t.mean.length === 2 && t.mean.every(Number.isFinite) && t.mean[0] < t.mean[1])) {
      throw new ScenarioError(field("mean"), "must be [from, to] with from < to");
    }
    if (t.comparison !== undefined && t.comparison !== "within" && t.comparison !== "at-least") {
      throw new ScenarioError(field("comparison"), 'must be "within" or "at-least"');
    }
    for (const key of ["tolerance", "weight"]) {
      if (typeof t[key] !== "number" || !Number.isFinite(t[key]) || (t[key] as number) < 0) throw new ScenarioError(field(key), "must be a number >= 0");
    }
    if (t.comparison !== "at-least" && t.tolerance === 0) throw new ScenarioError(field("tolerance"), 'must be > 0 unless comparison is "at-least"');
    return t as unknown as TargetSpec;
  });
}
