import {describe, expect, it} from "vitest";
import {createRandom} from "../../src/engine/random/createRandom.js";
import {sketchCentre} from "../../src/engine/uncertainty/sketchCentre.js";

describe("sketchCentre", () => {
  const random = createRandom(5);
  const normal = () => Math.sqrt(-2 * Math.log(random() || 1e-300)) * Math.cos(2 * Math.PI * random());

  it("takes the median of a column whose spread is small beside its level", () => {
    const sample = Float64Array.from({length: 1000}, () => 5 + 0.01 * normal());
    const sorted = sample.slice().sort();
    expect(sketchCentre(sample)).toBe((sorted[499] + sorted[500]) / 2);
    expect(sketchCentre(new Float64Array(10).fill(7))).toBe(7); // constant: the median
  });

  it("takes the minimum of a column piled up against a lower bound with a long tail, the maximum of its mirror image", () => {
    // A gap: 0 in a fifth of the runs, otherwise log-normal from tens to millions.
    const gap = Float64Array.from({length: 1000}, (_, i) => (i % 5 === 0 ? 0 : Math.exp(4 + 3 * normal())));
    expect(sketchCentre(gap)).toBe(0);
    expect(sketchCentre(gap.map((x) => 100 - x))).toBe(100);
  });

  it("ignores NaN and does not modify its sample (doc example)", () => {
    const sample = Float64Array.of(20000, 0, 0.5, NaN, 3, 40, 900, 0);
    expect(sketchCentre(sample)).toBe(0);
    expect(sample[0]).toBe(20000);
    expect(sketchCentre(Float64Array.of(NaN))).toBe(0);
  });
});
