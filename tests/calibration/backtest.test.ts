import {describe, expect, it} from "vitest";
import {backtest} from "../../src/engine/calibration/backtest.js";
import type {LikelihoodTerm} from "../../src/engine/declarations.js";
import {evidence, observation, smallModel} from "./smallModel.js";

// x = 12·e^(0.3 τ): two figures known in 2023, three published later about 2024-2025, one of 2026.
const x = (tau: number) => 12 * Math.exp(0.3 * tau);
const observations = [
  observation("early-a", x(0), "2023-01", {relative_sd: 0.05, reason: "r"}, {published: "2023-03"}),
  observation("early-b", x(0.8), "2023-10", {relative_sd: 0.05, reason: "r"}, {published: "2023-11-29"}),
  observation("late-2023", x(1), "2023-12-31", {relative_sd: 0.05, reason: "r"}, {published: "2024-02"}),
  observation("y2024", x(1.5), "2024-06", {relative_sd: 0.1, reason: "r"}, {published: "2025-01"}),
  observation("y2025", x(2.5), "2025-06", {relative_sd: 0.1, reason: "r"}, {published: "2025-09", use: "holdout"}),
  observation("wrong", x(2) * 3, "2024-12-31", {relative_sd: 0.1, reason: "r"}, {published: "2025-02"}),
  observation("y2026", x(3.2), "2026-03", {relative_sd: 0.1, reason: "r"}, {published: "2026-04", use: "holdout"})
];
const at = {"early-a": 2023, "early-b": 2023.8, "late-2023": 2024, y2024: 2024.5, y2025: 2025.5, wrong: 2025, y2026: 2026.2} as Record<string, number>;
const terms: LikelihoodTerm[] = observations.map((o) => ({id: o.id, observation: o.id, output: "x", read: {at: at[o.id]}}));

describe("backtest on a small model", () => {
  const result = backtest(smallModel(), evidence(observations, terms), {seed: 3, steps: 1500});

  it("fits on what was published by the cutoff and describes its year, and scores the next two years' figures", () => {
    expect(result.fit.terms.fitted).toEqual(["early-a", "early-b"]);
    expect(result.scored.map((o) => o.term)).toEqual(["y2024", "y2025", "wrong"]);
    expect(result.cutoff).toBe("2023-12-31");
    expect(result.years).toEqual([2024, 2025]);
  });

  it("scores coverage of the 90% band and the median's log error: the honest figures in, the tripled one out", () => {
    const byTerm = Object.fromEntries(result.scored.map((o) => [o.term, o]));
    expect(byTerm.y2024.inside).toBe(true);
    expect(byTerm.y2025.inside).toBe(true);
    expect(byTerm.wrong.inside).toBe(false);
    expect(byTerm.wrong.error).toBeCloseTo(-Math.log(3), 1);
    expect(result.score.count).toBe(3);
    expect(result.score.coverage).toBeCloseTo(2 / 3, 12);
    const errors = result.scored.map((o) => Math.abs(o.error)).sort((a, b) => a - b);
    expect(result.score.medianAbsLogError).toBe(errors[1]);
  });

  it("moves with the cutoff: a year later, 2024's figures are fitted and 2025-2026 scored", () => {
    const later = backtest(smallModel(), evidence(observations, terms), {seed: 3, steps: 200, cutoff: "2025-02-28", years: [2025, 2026]});
    expect(later.fit.terms.fitted).toEqual(["early-a", "early-b", "late-2023", "y2024", "wrong"]);
    expect(later.scored.map((o) => o.term)).toEqual(["y2025", "y2026"]);
  });

  it("refuses a backtest with nothing to score", () => {
    expect(() => backtest(smallModel(), evidence(observations, terms), {seed: 3, steps: 50, years: [2030, 2031]})).toThrow(
      "backtest has nothing to score: no term of 2030-2031 published after 2023-12-31"
    );
  });
});
