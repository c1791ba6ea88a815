import fc from "fast-check";
import {describe, expect, it} from "vitest";
import {createRandom} from "../../src/engine/random/createRandom.js";
import {createQuantileSketch} from "../../src/engine/uncertainty/createQuantileSketch.js";
import {quantileBands} from "../../src/engine/uncertainty/quantileBands.js";

const probabilities = [0, 0.01, 0.05, 0.25, 0.5, 0.75, 0.95, 0.99, 1];

/** Column-major columns × runs block of `columns` columns. */
function sketchOf(values: Float64Array, runs: number, centres: Float64Array, block = runs) {
  const sketch = createQuantileSketch(centres);
  const columns = centres.length;
  const scratch = new Float64Array(columns * block);
  for (let from = 0; from < runs; from += block) {
    const rows = Math.min(block, runs - from);
    for (let c = 0; c < columns; c++) scratch.set(values.subarray(c * runs + from, c * runs + from + rows), c * block);
    sketch.add(scratch, rows, 1, block);
  }
  return sketch;
}

/**
 * The documented bound on an order statistic's error: the width of its bucket, at most 2^-7 of its
 * distance from the centre, and at most 2^-22 of the largest distance near the centre.
 */
function bound(sorted: Float64Array, centre: number, rank: number): number {
  const largest = Math.max(Math.abs(sorted[0] - centre), Math.abs(sorted[sorted.length - 1] - centre));
  return Math.max(2 ** -7 * Math.abs(sorted[rank] - centre), 2 ** -22 * largest);
}

describe("createQuantileSketch", () => {
  it("estimates every quantile within the width of the bucket holding its order statistics, for any data (property)", () => {
    const value = fc.oneof(fc.double({min: -1e6, max: 1e6, noNaN: true}), fc.double({min: 0.5, max: 2, noNaN: true}), fc.constantFrom(0, 1, -3, 1e-300, 7e12));
    fc.assert(
      fc.property(fc.array(value, {minLength: 1, maxLength: 400}), fc.double({min: -10, max: 10, noNaN: true}), fc.integer({min: 1, max: 64}), (data, centre, block) => {
        const values = Float64Array.from(data);
        const exact = quantileBands(values, values.length, probabilities);
        const approx = sketchOf(values, values.length, Float64Array.of(centre), block).quantiles(probabilities);
        const sorted = values.slice().sort();
        const n = values.length;
        probabilities.forEach((p, q) => {
          const h = (n - 1) * p;
          const lower = Math.floor(h);
          const upper = Math.min(n - 1, lower + 1);
          const allowed = Math.max(bound(sorted, centre, lower), bound(sorted, centre, upper)) * (1 + 1e-12);
          expect(Math.abs(approx[q] - exact[q]), `p = ${p}`).toBeLessThanOrEqual(allowed);
        });
      }),
      {numRuns: 1000, seed: 12}
    );
  });

  it("is exact for the extremes, for values equal to the centre or to a bound, and for a constant column", () => {
    // A gap clamped at 0 in 60% of the runs, with the centre (the deterministic run) elsewhere.
    const runs = 1000;
    const random = createRandom(3);
    const gap = Float64Array.from({length: runs}, (_, i) => (i % 5 < 3 ? 0 : 100 + 900 * random()));
    const constant = new Float64Array(runs).fill(5.25);
    const centred = Float64Array.from({length: runs}, (_, i) => (i % 2 ? 7 : 7 + random()));
    const values = new Float64Array([...gap, ...constant, ...centred]);
    const approx = sketchOf(values, runs, Float64Array.of(250, 5.25, 7), 128).quantiles([0, 0.05, 0.25, 1]);
    const exact = quantileBands(values, runs, [0, 0.05, 0.25, 1]);
    expect(Array.from(approx)).toEqual(Array.from(exact));
    expect(Array.from(approx.subarray(0, 3))).toEqual([0, 0, 0]);
    expect(Array.from(approx.subarray(4, 8))).toEqual([5.25, 5.25, 5.25, 5.25]);
    expect(Array.from(approx.subarray(8, 11))).toEqual([7, 7, 7]);
  });

  it("is the same whatever the order values come in and however they are split and merged", () => {
    const runs = 5000;
    const random = createRandom(8);
    // Log-normal-ish, sign-crossing and growing columns: the scale widens as values come in.
    const values = Float64Array.from({length: 3 * runs}, (_, i) => (i < runs ? Math.exp(3 * random()) : i < 2 * runs ? random() - 0.3 : (i - 2 * runs) ** 2));
    const centres = Float64Array.of(1, 0, 10);
    const whole = sketchOf(values, runs, centres, runs).quantiles(probabilities);
    // Reversed rows, in blocks of 97, into three sketches merged in two orders.
    const reversed = new Float64Array(values.length);
    for (let c = 0; c < 3; c++) for (let r = 0; r < runs; r++) reversed[c * runs + r] = values[c * runs + runs - 1 - r];
    const thirds = [0, 1, 2].map((t) => {
      const part = new Float64Array(3 * 1700).fill(NaN);
      const rows = Math.min(1700, runs - t * 1700);
      for (let c = 0; c < 3; c++) part.set(reversed.subarray(c * runs + t * 1700, c * runs + t * 1700 + rows), c * rows);
      return sketchOf(part.subarray(0, 3 * rows), rows, centres, 97);
    });
    const a = createQuantileSketch(centres);
    for (const t of thirds) a.merge(t.state());
    const b = createQuantileSketch(centres);
    for (const t of [thirds[2], thirds[0], thirds[1]]) b.merge(t.state());
    for (const merged of [a, b]) {
      const quantiles = merged.quantiles(probabilities);
      for (let i = 0; i < whole.length; i++) expect(Object.is(quantiles[i], whole[i]), `${i}`).toBe(true);
    }
  });

  it("orders infinities and NaN as a sort does (NaN last)", () => {
    // Sorted: −∞, 1, 2, 3, 4, ∞, NaN, NaN; p = 0.6 reads 4 and ∞, p = 0.72 reads ∞ and NaN.
    const values = Float64Array.of(1, Infinity, NaN, -Infinity, 2, 3, NaN, 4);
    const ps = [0, 0.6, 0.72, 1];
    expect(Array.from(sketchOf(values, 8, Float64Array.of(2)).quantiles(ps))).toEqual(Array.from(quantileBands(values, 8, ps)));
    expect(Array.from(quantileBands(values, 8, ps))).toEqual([-Infinity, Infinity, NaN, NaN]);
  });

  it("is close to the exact quantiles of a large sample: within a few hundredths of their sampling error", () => {
    const runs = 200_000;
    const random = createRandom(21);
    const values = Float64Array.from({length: runs}, () => {
      const u = random();
      return 50 * Math.exp(0.8 * Math.sqrt(-2 * Math.log(u || 1e-300)) * Math.cos(2 * Math.PI * random())); // log-normal
    });
    const ps = [0.05, 0.25, 0.5, 0.75, 0.95];
    const exact = quantileBands(values, runs, ps);
    const approx = sketchOf(values, runs, Float64Array.of(50), 1024).quantiles(ps);
    const sorted = values.slice().sort();
    ps.forEach((p, q) => {
      // Sampling error of the p-quantile: sqrt(p(1 − p)/n) / density, the density from nearby order statistics.
      const h = Math.round((runs - 1) * p);
      const density = 400 / runs / (sorted[h + 200] - sorted[h - 200]);
      const error = Math.sqrt((p * (1 - p)) / runs) / density;
      expect(Math.abs(approx[q] - exact[q]), `p = ${p}`).toBeLessThan(0.1 * error);
    });
  });

  it("rejects bad blocks, merges of other columns and empty columns", () => {
    const sketch = createQuantileSketch(Float64Array.of(0, 1));
    expect(() => sketch.add(new Float64Array(3), 2, 1, 2)).toThrow("QuantileSketch.add: block must hold 4 numbers for 2 rows, got 3");
    expect(() => sketch.add(new Float64Array(4), 70_000, 1, 2)).toThrow("QuantileSketch.add: rows must be an integer from 0 to 65535, got 70000");
    expect(() => sketch.add(new Float64Array(4), 2, 0, 2)).toThrow("QuantileSketch.add: strides must be integers >= 1, got 0 and 2");
    expect(() => sketch.merge(createQuantileSketch(Float64Array.of(0, 2)).state())).toThrow("QuantileSketch.merge: the sketches must have the same columns and centres");
    expect(() => sketch.quantiles([0.5])).toThrow("QuantileSketch.quantiles: a column holds no value");
    sketch.add(Float64Array.of(1, 2), 1, 2, 1); // one row-major row
    expect(() => sketch.quantiles([1.5])).toThrow("QuantileSketch.quantiles: probabilities must be between 0 and 1, got 1.5");
  });

  it("doc example", () => {
    const sketch = createQuantileSketch(Float64Array.of(0));
    sketch.add(
      Float64Array.from({length: 1001}, (_, i) => i / 1000),
      1001,
      1,
      1001
    );
    const [min, median, max] = sketch.quantiles([0, 0.5, 1]);
    expect([min, max]).toEqual([0, 1]);
    expect(Math.abs(median - 0.5)).toBeLessThanOrEqual(2 ** -7 * 0.5);
  });
});
