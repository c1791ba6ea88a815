import {describe, expect, it} from "vitest";
import {data} from "../../src/index.js";
import {validatePrior} from "../../src/engine/random/prior.js";

describe("priors in data/parameters.json", () => {
  const withPriors = data.parameters.filter((p) => p.prior !== undefined);

  it("cover the uncertain parameters", () => {
    expect(withPriors.length).toBeGreaterThanOrEqual(60);
  });

  it("each carry their reasoning", () => {
    const missing = withPriors.filter((p) => (p.prior!.reasoning ?? "").trim() === "").map((p) => p.id);
    expect(missing).toEqual([]);
  });

  it.each(withPriors.map((p) => [p.id, p] as const))("%s: valid, inside the parameter's range, around its value", (id, spec) => {
    const {reasoning: _reasoning, ...prior} = spec.prior!;
    expect(() => validatePrior(prior, `parameters.${id}.prior`)).not.toThrow();
    expect(prior.min).toBeGreaterThanOrEqual(spec.min);
    expect(prior.max).toBeLessThanOrEqual(spec.max);
    expect(spec.default).toBeGreaterThanOrEqual(prior.min);
    expect(spec.default).toBeLessThanOrEqual(prior.max);
    const value = data.calibration?.parameters[id] ?? spec.default;
    expect(value).toBeGreaterThanOrEqual(prior.min);
    expect(value).toBeLessThanOrEqual(prior.max);
  });
});
