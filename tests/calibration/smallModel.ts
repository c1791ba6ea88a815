// A hand-made model for calibration tests: exponential growth x' = r·x from x0, a flow r·x, an
// output that reads an inert parameter, and a share read by a nuisance term. Compiled with the
// engine's own compiler and run through the same compileScenario path as the shipped model.
import {compileScenario} from "../../src/engine/compileScenario.js";
import {stepsPerYearOf} from "../../src/engine/core/grid.js";
import type {Dimensions, LikelihoodTerm, ObservationSpec, ParameterSpec, TimeSpec} from "../../src/engine/declarations.js";
import type {CalibrationModel} from "../../src/engine/calibration/calibrationModel.js";
import type {Evidence} from "../../src/engine/calibration/calibrate.js";
import {describeModel} from "../../src/engine/model/describeModel.js";
import type {BlockDeclaration} from "../../src/engine/model/index.js";
import {parameterBounds, prepareScenario} from "../../src/engine/prepareScenario.js";
import {resolveScenario} from "../../src/engine/scenario/resolveScenario.js";
import {nodeCompile} from "../../src/node/compiledModel.js";

const label = (en: string) => ({zh: en, en});

const dims: Dimensions = {
  sectors: [{id: "a", label: label("A"), potentialShare: 1, innovationWeight: 1, procurementWeight: 1, demonstration: false, layerShares: {base: 1}}],
  regions: [{id: "r", label: label("R"), providerShare: {general: 1}}],
  kinds: [{id: "general", label: label("General")}],
  layers: [{id: "base", label: label("Base"), kind: "general"}]
};

const blocks: BlockDeclaration[] = [
  {
    id: "growth",
    label: label("Growth"),
    description: "",
    reads: [],
    links: [],
    stocks: [{id: "x", label: label("X"), unit: "1", initial: "x0", derivative: "r * x", description: ""}],
    variables: [
      {id: "x_flow", label: label("X flow"), unit: "1/year", output: "flow", equation: "r * x", description: ""},
      {id: "x_level", label: label("X level"), unit: "1", output: "level", equation: "x", description: ""},
      {id: "other", label: label("Other"), unit: "1", output: "level", equation: "q * (1 + tau)", description: ""}
    ]
  }
];

const parameter = (id: string, prior: ParameterSpec["prior"], value: number): ParameterSpec => ({
  id,
  label: label(id),
  unit: "1",
  description: "a test parameter",
  source: "s",
  confidence: "low",
  subsystem: "market",
  min: 0,
  max: 1000,
  default: value,
  prior
});

export const parameters: ParameterSpec[] = [
  parameter("r", {distribution: "uniform", min: 0, max: 1, reasoning: "wide"}, 0.5),
  parameter("x0", {distribution: "lognormal", median: 10, sigma: 3, min: 0.5, max: 200, reasoning: "wide"}, 10),
  parameter("q", {distribution: "triangular", min: 1, mode: 2, max: 3, reasoning: "read by nothing observed"}, 2)
];

const structure = describeModel(blocks, dims);
const compiled = nodeCompile(structure, {levers: [], parameters: parameters.map((p) => p.id), dims});

/** The small model as calibration sees it, on a monthly (or other) step, Euler or RK4. */
export function smallModel(time: Partial<TimeSpec> = {}): CalibrationModel {
  const declarations = {levers: [], parameters, scenarios: {}};
  const bounds = parameterBounds(compiled, parameters);
  return {
    outputs: structure.outputs,
    parameters,
    stepsPerYear: stepsPerYearOf[time.step ?? "month"],
    method: time.method ?? "rk4",
    scenario: "small",
    compile(to, stepsPerYear) {
      const resolved = resolveScenario({version: 1, name: "small", time: {step: "month", method: "rk4", ...time, from: 2023, to}}, declarations);
      return compileScenario(prepareScenario(resolved, {model: compiled, outputs: structure.outputs, levers: [], bounds}, stepsPerYear ?? stepsPerYearOf[resolved.time.step]));
    }
  };
}

/** An observation with the fields the likelihood reads. */
export function observation(id: string, value: number, date: string, uncertainty: ObservationSpec["uncertainty"], extra: Partial<ObservationSpec> = {}): ObservationSpec {
  return {id, series: "x", value, unit: "1", date, geography: "china", definition: "test", source: "s", quote: null, uncertainty, use: "fit", role: "target", published: date, ...extra};
}

/** Evidence around given observations and terms. */
export function evidence(observations: ObservationSpec[], terms: LikelihoodTerm[], nuisance: Evidence["likelihood"]["nuisance"] = []): Evidence {
  return {likelihood: {description: "test", nuisance, terms}, observations, facts: [], sources: [{id: "s", title: "a test source", date: "2023-01-01"}]};
}
