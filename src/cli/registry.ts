import type {CommandEntry} from "./command.js";

/** Every command, in the order help lists them; each module is imported only when its command runs. */
export const commands: CommandEntry[] = [
  {name: "run", summary: "project a scenario: every output per step, or per year with --annual", load: async () => (await import("./commands/run.js")).run},
  {name: "compare", summary: "two or more scenarios side by side, per year, with differences from the first", load: async () => (await import("./commands/compare.js")).compare},
  {name: "levers", summary: "the policy levers: id, labels, unit, range, baseline, source", load: async () => (await import("./commands/listings.js")).levers},
  {name: "scenarios", summary: "the preset scenarios and the levers each changes", load: async () => (await import("./commands/listings.js")).scenarios},
  {name: "outputs", summary: "the outputs: id, label, unit, kind, annual aggregation", load: async () => (await import("./commands/listings.js")).outputs},
  {name: "parameters", summary: "the model parameters: id, unit, range, value, prior, source", load: async () => (await import("./commands/listings.js")).parameters},
  {
    name: "facts",
    summary: "each seed figure, the likelihood term that reads it, the baseline's value and whether it lies in the figure's 90% interval",
    load: async () => (await import("./commands/listings.js")).facts
  },
  {name: "schema", summary: "print the scenario JSON Schema (also in data/scenario.schema.json)", load: async () => (await import("./commands/listings.js")).schema},
  {name: "model", summary: "the model as compiled: its equations with units (--equations) or the generated code (--code)", load: async () => (await import("./commands/model.js")).model},
  {
    name: "calibrate",
    summary: "Bayesian calibration to data/likelihood.json: posterior sample, diagnostics and report; writes calibration.json (or --out)",
    load: async () => (await import("./commands/calibrate.js")).calibrate
  },
  {
    name: "backtest",
    summary: "fit on what was known by the end of 2023, project 2024-2025, score the projection against the later figures",
    load: async () => (await import("./commands/backtest.js")).backtest
  },
  {name: "optimize", summary: "goal seek: the cheapest constant lever values that meet every goal, as a scenario file", load: async () => (await import("./commands/optimize.js")).optimize},
  {
    name: "mc",
    summary: "Monte Carlo: quantile bands of outputs and probabilities of targets, from the priors (or the posterior, --calibrated)",
    load: async () => (await import("./commands/mc.js")).mc
  },
  {
    name: "sensitivity",
    summary: "which uncertain parameters drive an output in a year: one-at-a-time tornado or Sobol indices",
    load: async () => (await import("./commands/sensitivity.js")).sensitivity
  },
  {
    name: "attribute",
    summary: "which lever bought how much: a scenario's change in an output, split by lever, with costs",
    load: async () => (await import("./commands/attribute.js")).attribute
  },
  {
    name: "signs",
    summary: "the declared sign of each lever's effect on each headline output, checked at the calibrated point and under posterior draws",
    load: async () => (await import("./commands/signs.js")).signs
  }
];
