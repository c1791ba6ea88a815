// Compiled by `npm run typecheck` (tsconfig.json includes tests/), never run: the line after each
// expect-error directive must be a type error, or the compiler fails on the unused directive. So a
// typo in a lever, parameter, output or preset id fails to compile (src/engine/ids.ts).
import {engine, type LeverId, type OutputId, presets, type ScenarioInput, simulate} from "../../src/index.js";

const scenario: ScenarioInput = {version: 1, extends: "compute-push", levers: {talent: 1.2, export_controls: [[2024, 0.9]]}, parameters: {accelerator_life: 6}};
const projection = simulate(scenario);
export const fine = [projection.series.market_bn_rmb, projection.annual.series.providers_total, presets["compute-push"], engine.compile("baseline").run({accelerator_life: 6})];

// @ts-expect-error a lever id with a typo
export const lever: ScenarioInput = {version: 1, levers: {talnet: 1.2}};
// @ts-expect-error a parameter id with a typo
export const parameter: ScenarioInput = {version: 1, parameters: {acelerator_life: 6}};
// @ts-expect-error an output id with a typo
export const series = projection.series.market_bn_rbm;
// @ts-expect-error in the annual tables too
export const annual = projection.annual.series.providers_totl;
// @ts-expect-error a parameter id with a typo in a run's draw
export const run = engine.compile("baseline").run({acelerator_life: 6});
// @ts-expect-error a preset id with a typo
export const preset = presets["compute-psh"];
// @ts-expect-error an id that is not a lever
export const leverId: LeverId = "vouchers";
// @ts-expect-error an id that is not an output
export const outputId: OutputId = "market";
