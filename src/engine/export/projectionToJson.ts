import {formatLeverValue} from "../scenario/parseLeverValue.js";
import type {Projection} from "../simulate.js";
import type {CsvOptions} from "./projectionToCsv.js";

/**
 * A projection as a plain JSON-ready object: the resolved scenario (a file the CLI accepts), the
 * output declarations used, and the series as arrays.
 */
export function projectionToJson(projection: Projection, {annual = false, outputs}: CsvOptions = {}) {
  const ids = outputs ?? projection.outputs.map((o) => o.id);
  const source = annual ? projection.annual.series : projection.series;
  const {scenario} = projection;
  return {
    scenario: {version: 1 as const, name: scenario.name, levers: scenario.levers, parameters: pick(scenario.parameters, scenario.changed.parameters), time: scenario.time},
    levers: Object.fromEntries(Object.entries(scenario.levers).map(([id, v]) => [id, formatLeverValue(v)])),
    outputs: projection.outputs.filter((o) => ids.includes(o.id)).map(({id, label, unit, kind, annual: aggregation}) => ({id, label, unit, kind, annual: aggregation})),
    [annual ? "year" : "time"]: Array.from(annual ? projection.annual.years : projection.time),
    series: Object.fromEntries(ids.map((id) => [id, Array.from(source[id])]))
  };
}

function pick(values: Record<string, number>, ids: string[]): Record<string, number> {
  return Object.fromEntries(ids.map((id) => [id, values[id]]));
}
