import type {ParameterSpec} from "../declarations.js";
import type {Prior} from "../random/prior.js";

/** A parameter Monte Carlo and sensitivity analyses vary, with its prior (reasoning dropped). */
export interface UncertainParameter {
  readonly id: string;
  readonly prior: Prior;
}

/**
 * The parameters that carry a prior, in declaration order, minus those a scenario fixes (a value
 * set on purpose, e.g. `--param`, is a premise of the question, not an uncertainty).
 * Cost: O(number of parameters).
 *
 * @param parameters the parameter declarations (data/parameters.json)
 * @param fixed ids to leave at the scenario's value, e.g. `resolved.changed.parameters`
 * @returns id and prior of each varied parameter
 * @example uncertainParameters(data.parameters, ["market_potential_bn_rmb"]).length // 61
 */
export function uncertainParameters(parameters: readonly ParameterSpec[], fixed: Iterable<string> = []): UncertainParameter[] {
  const skip = new Set(fixed);
  const result: UncertainParameter[] = [];
  for (const spec of parameters) {
    if (spec.prior === undefined || skip.has(spec.id)) continue;
    const {reasoning: _reasoning, ...prior} = spec.prior;
    result.push({id: spec.id, prior});
  }
  return result;
}
