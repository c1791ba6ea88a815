import type {ParameterSpec, TargetSpec} from "../declarations.js";
import type {OutputSpec} from "../model/block.js";

/**
 * The parameters `shapan calibrate` fits unless told otherwise: those whose reasoning says they
 * are calibrated, in a subsystem some target measures. The second condition leaves out parameters
 * calibrated to evidence outside the targets (quality_growth, fitted to benchmark gains), which
 * the seed figures would otherwise pull wherever suits the market.
 *
 * Cost: O(parameters + targets).
 *
 * @param parameters the parameter declarations
 * @param outputs the model's outputs (their subsystems)
 * @param targets the calibration targets
 * @returns parameter ids, in declaration order
 * @throws RangeError if a target names an unknown output
 * @example defaultCalibrationParameters(data.parameters, engine.outputs, data.targets) // ["adoption_initial", ...]
 */
export function defaultCalibrationParameters(parameters: ParameterSpec[], outputs: readonly OutputSpec[], targets: TargetSpec[]): string[] {
  const measured = new Set(
    targets.map((target, i) => {
      const output = outputs.find((o) => o.id === target.output);
      if (!output) throw new RangeError(`targets[${i}].output names no output: "${target.output}"`);
      return output.subsystem;
    })
  );
  return parameters.filter((p) => /\bcalibrated\b/i.test(p.reasoning ?? "") && measured.has(p.subsystem)).map((p) => p.id);
}
