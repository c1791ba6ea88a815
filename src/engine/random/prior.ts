import {lognormalQuantileFunction} from "./lognormalQuantile.js";
import {normalQuantileFunction} from "./normalQuantile.js";
import {triangularQuantileFunction} from "./triangularQuantile.js";
import {uniformQuantileFunction} from "./uniformQuantile.js";

/**
 * Prior distribution of one uncertain parameter. Normal and log-normal priors
 * must carry explicit bounds: they are sampled truncated to [min, max], so a
 * sample never leaves the range the model is valid for.
 *
 * - uniform: U(min, max)
 * - triangular: lower limit min, mode, upper limit max
 * - normal: N(mean, sd²) truncated to [min, max]
 * - lognormal: ln X ~ N(ln median, sigma²), truncated to [min, max], 0 <= min
 */
export type Prior =
  | {readonly distribution: "uniform"; readonly min: number; readonly max: number}
  | {readonly distribution: "triangular"; readonly min: number; readonly mode: number; readonly max: number}
  | {
      readonly distribution: "normal";
      readonly mean: number;
      readonly sd: number;
      readonly min: number;
      readonly max: number;
    }
  | {
      readonly distribution: "lognormal";
      readonly median: number;
      readonly sigma: number;
      readonly min: number;
      readonly max: number;
    };

/** Names of the supported prior distributions. */
export type PriorDistribution = Prior["distribution"];

const KEYS: Record<PriorDistribution, readonly string[]> = {
  uniform: ["min", "max"],
  triangular: ["min", "mode", "max"],
  normal: ["mean", "sd", "min", "max"],
  lognormal: ["median", "sigma", "min", "max"]
};

/** Every distribution parameter name; a prior may not carry another distribution's parameters. */
const PARAMETER_KEYS: readonly string[] = ["min", "max", "mode", "mean", "sd", "median", "sigma"];

/**
 * **[Inverse transform sampling](https://en.wikipedia.org/wiki/Inverse_transform_sampling)**
 * for a {@link Prior}: returns the u-quantile, dispatching to
 * `uniformQuantile`, `triangularQuantile`, `normalQuantile` or
 * `lognormalQuantile` (the latter two truncated to the prior's bounds).
 * One value: to map a design column, build the function once with
 * {@link priorQuantileFunction}, which computes the prior's constants once. Call
 * {@link validatePrior} once on untrusted input for messages naming the
 * parameter; this function re-checks cheaply and throws the underlying quantile
 * function's message.
 *
 * Cost: O(1) (see the dispatched function).
 *
 * @param {Prior} prior the distribution
 * @param {number} u probability in [0, 1]
 * @returns {number} the u-quantile, always within [min, max]
 * @throws {RangeError} if u is not in [0, 1] or the prior's parameters are invalid
 * @throws {TypeError} if prior.distribution is not a known distribution
 * @example
 * priorQuantile({distribution: "uniform", min: 0, max: 10}, 0.3); // => 3
 * priorQuantile({distribution: "normal", mean: 0, sd: 1, min: -1, max: 1}, 0.5); // => 0
 */
export function priorQuantile(prior: Prior, u: number): number {
  return priorQuantileFunction(prior)(u);
}

/**
 * The quantile function of a {@link Prior}, its constants computed once (for a truncated normal
 * or log-normal, Φ at both bounds and the logarithms): a draw then costs one Φ⁻¹ (and one exp),
 * about 20 ns, where recomputing the constants per value cost about 180 ns. Values are those of
 * {@link priorQuantile}, bit for bit.
 *
 * @param {Prior} prior the distribution
 * @returns {(u: number) => number} u ↦ the u-quantile, within [min, max]; throws RangeError if u is not in [0, 1]
 * @throws {RangeError} if the prior's parameters are invalid
 * @throws {TypeError} if prior.distribution is not a known distribution
 * @example
 * const q = priorQuantileFunction({distribution: "lognormal", median: 2, sigma: 0.5, min: 1, max: 3});
 * [0, 0.5, 1].map(q); // => [1, 1.847691547304942, 3]
 */
export function priorQuantileFunction(prior: Prior): (u: number) => number {
  switch (prior.distribution) {
    case "uniform":
      return uniformQuantileFunction(prior);
    case "triangular":
      return triangularQuantileFunction(prior);
    case "normal":
      return normalQuantileFunction(prior);
    case "lognormal":
      return lognormalQuantileFunction(prior);
    default: {
      const unknown: never = prior;
      throw new TypeError(`priorQuantile: prior.distribution must be one of "uniform", "triangular", "normal", "lognormal", got ${JSON.stringify((unknown as {distribution?: unknown}).distribution)}`);
    }
  }
}

/**
 * Checks that an untrusted value (e.g. parsed JSON) is a valid {@link Prior}
 * and narrows its type. Messages are prefixed with `name`, the path of the
 * prior in the caller's configuration, e.g.
 * `parameters.x.prior: min must be < max, got min = 3, max = 2`.
 *
 * Rules: all numbers finite; min < max; triangular min <= mode <= max;
 * normal sd > 0; lognormal median > 0, sigma > 0, min >= 0; no parameter
 * of another distribution (e.g. a stray `mode` on a uniform prior, which
 * suggests a triangular one was meant). Other keys, such as the `reasoning`
 * of `ParameterSpec.prior` in declarations.ts, are ignored. Bounds of
 * normal/log-normal priors are required and must be finite.
 *
 * Cost: O(number of keys).
 *
 * @param {unknown} prior value to check
 * @param {string} name path used as message prefix, e.g. "parameters.x.prior"
 * @returns {void} nothing; narrows `prior` to `Prior`
 * @throws {TypeError} if prior is not an object, or distribution is unknown
 * @throws {RangeError} for the first violated rule, naming the field and the allowed range
 * @example
 * validatePrior({distribution: "uniform", min: 3, max: 2}, "parameters.x.prior");
 * // throws RangeError "parameters.x.prior: min must be < max, got min = 3, max = 2"
 */
export function validatePrior(prior: unknown, name: string): asserts prior is Prior {
  if (typeof prior !== "object" || prior === null || Array.isArray(prior)) {
    throw new TypeError(`${name}: must be an object {distribution, ...}, got ${describe(prior)}`);
  }
  const record = prior as Record<string, unknown>;
  const distribution = record["distribution"];
  if (typeof distribution !== "string" || !Object.hasOwn(KEYS, distribution)) {
    throw new TypeError(`${name}: distribution must be one of "uniform", "triangular", "normal", "lognormal", got ${describe(distribution)}`);
  }
  const keys = KEYS[distribution as PriorDistribution];
  for (const key of PARAMETER_KEYS) {
    if (Object.hasOwn(record, key) && !keys.includes(key)) {
      throw new RangeError(`${name}: unexpected key "${key}" for a ${distribution} prior, its parameters are ${keys.join(", ")}`);
    }
  }
  for (const key of keys) {
    const value = record[key];
    if (typeof value !== "number" || !Number.isFinite(value)) {
      throw new RangeError(`${name}: ${key} must be a finite number, got ${describe(value)}`);
    }
  }
  const min = record["min"] as number;
  const max = record["max"] as number;
  if (!(min < max)) throw new RangeError(`${name}: min must be < max, got min = ${min}, max = ${max}`);
  switch (distribution as PriorDistribution) {
    case "triangular": {
      const mode = record["mode"] as number;
      if (!(mode >= min && mode <= max)) {
        throw new RangeError(`${name}: mode must be in [min, max] = [${min}, ${max}], got ${mode}`);
      }
      break;
    }
    case "normal": {
      const sd = record["sd"] as number;
      if (!(sd > 0)) throw new RangeError(`${name}: sd must be > 0, got ${sd}`);
      break;
    }
    case "lognormal": {
      const median = record["median"] as number;
      const sigma = record["sigma"] as number;
      if (!(median > 0)) throw new RangeError(`${name}: median must be > 0, got ${median}`);
      if (!(sigma > 0)) throw new RangeError(`${name}: sigma must be > 0, got ${sigma}`);
      if (!(min >= 0)) throw new RangeError(`${name}: min must be >= 0, got ${min}`);
      break;
    }
    case "uniform":
      break;
  }
}

function describe(value: unknown): string {
  if (value === undefined) return "undefined";
  if (typeof value === "number") return String(value);
  if (typeof value === "string") return JSON.stringify(value);
  if (Array.isArray(value)) return "an array";
  return value === null ? "null" : typeof value;
}
