import fc from "fast-check";
import {describe, expect, it} from "vitest";
import {createRandom} from "../../src/engine/random/createRandom.js";

describe("createRandom", () => {
  it("matches a C reference (SplitMix64 seeding + xoshiro128** + 53-bit conversion)", () => {
    // Reference: Vigna's splitmix64.c and xoshiro128starstar.c compiled with gcc;
    // key = seed << 32 | stream, two splitmix64 outputs give s0..s3 (low word first),
    // u = ((next() >> 5) * 2^26 + (next() >> 6)) / 2^53, printed with %.17g.
    const r = createRandom(42);
    expect([r(), r(), r()]).toEqual([0.13064867510640732, 0.37830487011049463, 0.36646219631139243]);
    const s = createRandom(42, 7);
    expect([s(), s(), s()]).toEqual([0.74935000268437824, 0.33200447648910203, 0.842574167532402]);
  });

  it("is deterministic and stream 0 is the default", () => {
    const a = createRandom(123);
    const b = createRandom(123, 0);
    for (let i = 0; i < 100; i++) expect(a()).toBe(b());
  });

  it("gives different sequences for neighbouring seeds and streams", () => {
    const first = (seed: number, stream: number) => {
      const r = createRandom(seed, stream);
      return [r(), r(), r()];
    };
    const seen = new Set<string>();
    for (let seed = 0; seed < 20; seed++) {
      for (let stream = 0; stream < 20; stream++) seen.add(first(seed, stream).join());
    }
    expect(seen.size).toBe(400);
  });

  it("produces values in [0, 1) for any seed/stream (property)", () => {
    fc.assert(
      fc.property(fc.integer({min: 0, max: 0xffffffff}), fc.integer({min: 0, max: 0xffffffff}), (seed, stream) => {
        const r = createRandom(seed, stream);
        for (let i = 0; i < 50; i++) {
          const u = r();
          if (!(u >= 0 && u < 1)) return false;
        }
        return true;
      })
    );
  });

  it("is uniform: chi-square over 100 bins and moments (1e5 draws)", () => {
    const r = createRandom(2024, 3);
    const bins = new Float64Array(100);
    const n = 100_000;
    let sum = 0;
    let sumSq = 0;
    for (let i = 0; i < n; i++) {
      const u = r();
      bins[Math.floor(u * 100)]! += 1;
      sum += u;
      sumSq += u * u;
    }
    let chi = 0;
    for (const count of bins) chi += (count - n / 100) ** 2 / (n / 100);
    // 99 degrees of freedom: R qchisq(0.999, 99) = 148.23.
    expect(chi).toBeLessThan(148.23);
    // Mean 1/2 ± 5 sd (sd = sqrt(1/12/n) = 9.1e-4); E[u²] = 1/3.
    expect(Math.abs(sum / n - 0.5)).toBeLessThan(5 * 9.1e-4);
    expect(Math.abs(sumSq / n - 1 / 3)).toBeLessThan(5e-3);
  });

  it("streams are uncorrelated (lag-0 correlation of streams 0 and 1)", () => {
    const a = createRandom(7, 0);
    const b = createRandom(7, 1);
    const n = 50_000;
    let sab = 0;
    for (let i = 0; i < n; i++) sab += (a() - 0.5) * (b() - 0.5);
    const correlation = (sab / n) * 12;
    // sd of the estimate ≈ 1/sqrt(n) = 0.0045; allow 5 sd.
    expect(Math.abs(correlation)).toBeLessThan(5 / Math.sqrt(n));
  });

  it("skips: createRandom(seed, stream, j) continues the stream after j uniforms (doc example)", () => {
    const whole = createRandom(9, 3);
    const drawn = Array.from({length: 1000}, () => whole());
    for (const j of [0, 1, 2, 499, 997]) {
      const skipped = createRandom(9, 3, j);
      expect([skipped(), skipped(), skipped()]).toEqual(drawn.slice(j, j + 3));
    }
    expect(createRandom(42, 0, 1)()).toBe(0.37830487011049463);
    expect(() => createRandom(1, 0, -1)).toThrow("createRandom: skip must be an integer >= 0, got -1");
    expect(() => createRandom(1, 0, 0.5)).toThrow("createRandom: skip must be an integer >= 0, got 0.5");
  });

  it("throws on invalid seed or stream", () => {
    expect(() => createRandom(-1)).toThrow("createRandom: seed must be an integer in [0, 4294967295], got -1");
    expect(() => createRandom(1.5)).toThrow("createRandom: seed must be an integer in [0, 4294967295], got 1.5");
    expect(() => createRandom(2 ** 32)).toThrow("got 4294967296");
    expect(() => createRandom(NaN)).toThrow("seed must be an integer in [0, 4294967295], got NaN");
    expect(() => createRandom(1, -2)).toThrow("createRandom: stream must be an integer in [0, 4294967295], got -2");
    expect(() => createRandom(1, Infinity)).toThrow("stream must be an integer in [0, 4294967295], got Infinity");
  });
});
