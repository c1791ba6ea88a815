import {data, engine, engineCalibrationModel, integrationAgreement, missingOutputs, type ResolvedScenario, resolveTerm} from "../index.js";
import type {CalibrationRecord} from "../node/loadCalibration.js";
import type {Io, Values} from "./command.js";
import {scenarioFrom} from "./shared.js";
import {UsageError} from "./usageError.js";

const stepNames: Record<number, "month" | "quarter" | "year"> = {12: "month", 4: "quarter", 1: "year"};

/**
 * The scenario `mc --calibrated` runs: the flags' scenario on the calibration's step and method,
 * unless --step or --method asks for others; those are refused when they move a fitted quantity
 * by more than 2% from the calibrated solution at the calibrated point (integrationAgreement).
 *
 * @throws UsageError naming the step, the method, the term and the change
 */
export function calibratedScenario(values: Values, calibration: CalibrationRecord, io: Io): ResolvedScenario {
  const input = scenarioFrom(values);
  const step = stepNames[calibration.method.stepsPerYear];
  const method = calibration.method.integration;
  const scenario = engine.resolve({...input, time: {...input.time, ...(values.step === undefined && {step}), ...(values.method === undefined && {method})}});
  if (scenario.time.step === step && scenario.time.method === method) return scenario;
  const reference = engineCalibrationModel(engine, engine.derive(scenario, {time: {step, method}}));
  const other = engineCalibrationModel(engine, scenario);
  const sources = {observations: new Map(data.observations.map((o) => [o.id, o])), facts: new Map(data.facts.map((f) => [f.id, f])), sources: new Map(data.sources.map((s) => [s.id, s]))};
  const fitted = data.likelihood.terms.filter((t) => calibration.terms.fitted.includes(t.id));
  const lacking = new Set(
    [
      ...missingOutputs(
        fitted,
        engine.outputs.map((o) => o.id)
      ).values()
    ].flat()
  );
  const terms = fitted.filter((t) => !lacking.has(t.id)).map((t) => resolveTerm(t, sources));
  const agreement = integrationAgreement(reference, other, terms, scenario.parameters);
  const given = `--step ${scenario.time.step} --method ${scenario.time.method}`;
  if (!agreement.ok) {
    throw new UsageError(
      `${given} moves ${agreement.term} by ${(agreement.change * 100).toPrecision(3)}% from the calibrated solution (${step}, ${method}); calibrated bands need agreement within 2%: drop --step and --method to run as calibrated`
    );
  }
  io.stderr(`shapan mc: ${given} stays within ${(agreement.change * 100).toPrecision(2)}% of the calibrated solution (${step}, ${method})\n`);
  return scenario;
}
