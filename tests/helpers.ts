import {data, engine, type Projection, type ScenarioInput} from "../src/index.js";

/** A scenario extending the baseline with lever and parameter values. */
export function scenario(levers: ScenarioInput["levers"] = {}, parameters: Record<string, number> = {}, time: ScenarioInput["time"] = {}): ScenarioInput {
  return {version: 1, extends: "baseline", levers, parameters, time};
}

/** Output ids that are stocks (the values that must never go negative). */
export const stockOutputs = engine.outputs.filter((o) => o.kind === "stock").map((o) => o.id);

/** Every value of every output, for finiteness checks. */
export function everyValue(projection: Projection): Array<[string, number]> {
  return Object.entries(projection.series).flatMap(([id, series]) => Array.from(series, (v) => [id, v] as [string, number]));
}

export {data, engine};
