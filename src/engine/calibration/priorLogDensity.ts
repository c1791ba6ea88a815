import type {Prior} from "../random/prior.js";

/**
 * **Log density of a prior**, up to a constant, truncated to its bounds: uniform 0; triangular
 * ln of its density; normal −½((x − mean)/sd)²; lognormal −ln x − ½((ln x − ln median)/sigma)²;
 * −Infinity outside [min, max]. The constants (normalisation, truncation mass) do not depend on
 * x, so the posterior and the sampler need none of them.
 *
 * Cost: O(1).
 *
 * @param prior the distribution (Prior, as data/parameters.json declares it)
 * @param x a value
 * @returns the log density up to a constant
 * @example priorLogDensity({distribution: "triangular", min: 0, mode: 1, max: 2}, 0.5) // ln 0.5 = -0.693
 */
export function priorLogDensity(prior: Prior, x: number): number {
  if (!(x >= prior.min && x <= prior.max)) return -Infinity;
  switch (prior.distribution) {
    case "uniform":
      return 0;
    case "triangular": {
      const {min, mode, max} = prior;
      const density = x < mode ? (x - min) / (mode - min) : x > mode ? (max - x) / (max - mode) : 1;
      return Math.log(density);
    }
    case "normal":
      return -0.5 * ((x - prior.mean) / prior.sd) ** 2;
    case "lognormal":
      return x > 0 ? -Math.log(x) - 0.5 * (Math.log(x / prior.median) / prior.sigma) ** 2 : -Infinity;
  }
}
